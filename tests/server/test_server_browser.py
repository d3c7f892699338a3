"""The explorer in a real browser (Debian's Chromium, headless, through Playwright).

Each test saves a screenshot under tests/screenshots/. The page fixture blocks and fails on any
request leaving the test server (no CDN, no tiles) and on any JavaScript error.
"""

from __future__ import annotations

import pytest

from .corpus import ASSAULTS, EVENTS_TOTAL, HOSTILE_ACTOR, SHELLING

pytestmark = pytest.mark.slow

ARTICLE = (
    "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday. "
    "\"Our friendship has no limits,\" Putin told reporters after the talks. "
    "Hours later, Russian forces shelled Kharkiv, killing three civilians, regional officials said."
)
HOSTILE_ARTICLE = (
    "Police said a message reading <script>window.pwned = 1</script> was posted, "
    "together with <img src=x onerror=\"window.pwned = 2\"> and <b onmouseover=\"window.pwned = 3\">bold</b>."
)


def open_view(page, live_server, route: str) -> None:
    page.goto(f"{live_server.url}/#/{route}")
    view = route.split("?", 1)[0].split("/", 1)[0]
    wait_rendered(page, view, f"#/{route}")


def wait_rendered(page, view: str, fragment: str) -> None:
    page.wait_for_function(
        "([view, fragment]) => (document.getElementById('view').dataset.rendered || '').includes(fragment)"
        " && document.getElementById('view').dataset.ready === view",
        arg=[view, fragment],
    )


def box(page, selector: str) -> dict:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, f"{selector} is not rendered"
    return found


def test_paste_and_extract_marks_the_entities(page, live_server, screenshot):
    open_view(page, live_server, "extract")
    page.fill("[data-testid=article-input]", ARTICLE)
    page.fill("input[name=date]", "2024-05-14")
    page.click("[data-testid=extract-button]")
    page.wait_for_selector("[data-testid=marked-text] .mark.actor")
    actors = page.locator("[data-testid=marked-text] .mark.actor").all_inner_texts()
    assert any("Putin" in text for text in actors), actors
    triggers = page.locator("[data-testid=marked-text] .mark.event")
    assert triggers.count() >= 1
    classes = " ".join(triggers.nth(i).get_attribute("class") for i in range(triggers.count()))
    assert "coop" in classes or "conflict" in classes  # coloured by the sign of the PLOVER score
    assert page.locator("[data-testid=marked-text]").inner_text() == ARTICLE  # marks add no text
    assert page.locator(".side .event-item").count() == triggers.count()
    screenshot()


def test_a_script_inside_an_article_does_not_run(page, live_server, screenshot):
    open_view(page, live_server, "extract")
    page.fill("[data-testid=article-input]", HOSTILE_ARTICLE)
    page.click("[data-testid=extract-button]")
    page.wait_for_selector("[data-testid=marked-text]")
    marked = page.locator("[data-testid=marked-text]")
    assert marked.inner_text() == HOSTILE_ARTICLE  # shown as text, character for character
    assert marked.locator("script, img, b").count() == 0
    page.hover("[data-testid=marked-text]")
    assert page.evaluate("window.pwned") is None
    screenshot("_extract")
    # Stored data too: the hostile article in the store, in the table and in the network.
    open_view(page, live_server, "events?text=post%20read")
    assert page.locator("[data-testid=events-table] tbody tr").count() == 1
    assert HOSTILE_ACTOR in page.locator("[data-testid=events-table]").inner_text()
    open_view(page, live_server, "network")
    assert page.locator(f"svg .node[data-name='{HOSTILE_ACTOR}']").count() == 1
    assert page.locator("svg image, svg img, svg foreignObject").count() == 0
    assert page.evaluate("window.pwned") is None
    screenshot("_network")


def test_filtering_the_table_changes_the_rows(page, live_server, screenshot):
    open_view(page, live_server, "events")
    rows = page.locator("[data-testid=events-table] tbody tr")
    assert rows.count() == min(EVENTS_TOTAL, 25)
    page.select_option("select[name=type]", "ASSAULT")
    page.click("[data-testid=filters] button[type=submit]")
    wait_rendered(page, "events", "type=ASSAULT")
    assert rows.count() == ASSAULTS
    assert set(rows.evaluate_all("rows => rows.map(r => r.dataset.type)")) == {"ASSAULT"}
    page.fill("input[name=actor]", "UKR/MIL")
    page.click("[data-testid=filters] button[type=submit]")
    wait_rendered(page, "events", "actor=UKR")
    assert rows.count() == 1
    shared = page.url
    screenshot()
    # The URL is the state: opened afresh, it restores the filters and the same rows.
    page.goto("about:blank")
    page.goto(shared)
    page.wait_for_selector("#view[data-ready='events']")
    assert page.input_value("select[name=type]") == "ASSAULT"
    assert page.input_value("input[name=actor]") == "UKR/MIL"
    assert rows.count() == 1


def test_pages_of_the_table(page, live_server, screenshot):
    open_view(page, live_server, "events?order=desc")
    info = page.locator("[data-testid=page-info]")
    assert info.inner_text() == f"1–{min(EVENTS_TOTAL, 25)} of {EVENTS_TOTAL}"
    open_view(page, live_server, "events?type=ASSAULT")
    first_page = page.locator("[data-testid=events-table] tbody tr").all_inner_texts()
    open_view(page, live_server, "events?type=ASSAULT&offset=5")
    second_page = page.locator("[data-testid=events-table] tbody tr").all_inner_texts()
    assert second_page == first_page[5:]
    assert page.locator("[data-testid=page-info]").inner_text() == f"6–{ASSAULTS} of {ASSAULTS}"
    screenshot()


def test_the_timeline_chart_renders(page, live_server, screenshot):
    open_view(page, live_server, "timeline?a=RUS&b=UKR&freq=month")
    chart = box(page, "[data-testid=timeline-chart]")
    assert chart["width"] > 300 and chart["height"] > 100
    assert page.locator("[data-testid=timeline-chart] rect.bar.coop").count() == 2  # swap, talks
    assert page.locator("[data-testid=timeline-chart] rect.bar.conflict").count() == 9  # every month
    assert box(page, "[data-testid=timeline-chart] rect.bar.conflict")["height"] > 0
    screenshot()


def test_the_map_renders(page, live_server, screenshot):
    open_view(page, live_server, "map?type=ASSAULT")
    chart = box(page, "[data-testid=map-chart]")
    assert chart["width"] > 300 and chart["height"] > 150
    assert page.locator("[data-testid=map-chart] path.country").count() > 100
    assert page.locator("[data-testid=map-chart] circle.point").count() == len(SHELLING) + 1
    kyiv = box(page, "[data-testid=map-chart] circle.point[data-place='Kyiv']")
    beijing_absent = page.locator("[data-testid=map-chart] circle.point[data-place='Beijing']").count()
    assert kyiv["width"] > 0 and beijing_absent == 0
    # Equirectangular: Kyiv (30.5 E) is right of the chart's middle and above it (50.5 N).
    assert kyiv["x"] > chart["x"] + chart["width"] / 2
    assert kyiv["y"] < chart["y"] + chart["height"] / 2
    screenshot()


def test_the_network_renders_and_leads_to_actor_pages(page, live_server, screenshot):
    open_view(page, live_server, "network")
    chart = box(page, "[data-testid=network-chart]")
    assert chart["width"] > 300 and chart["height"] > 200
    assert page.locator("[data-testid=network-chart] .node").count() >= 8
    assert page.locator("[data-testid=network-chart] path.edge").count() >= 6
    screenshot()
    page.click("[data-testid=network-chart] .node[data-name='Xi Jinping'] circle")
    page.wait_for_selector("#view[data-ready='actor']")
    assert page.locator("[data-testid=actor-name]").inner_text() == "Xi Jinping"
    assert page.locator("[data-testid=events-table] tbody tr").count() == 2
    quotes = page.locator("[data-testid=quotes-list]").inner_text()
    assert "deepen trust" in quotes and "Xi Jinping" in quotes
    screenshot("_actor")


def test_the_api_docs_page_works_offline(page, live_server, screenshot):
    page.goto(f"{live_server.url}/docs")
    page.wait_for_selector("section.op")
    assert "GET /api/events" in page.locator("#docs").inner_text()
    screenshot()
