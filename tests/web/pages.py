"""Team-written news pages, feeds and sitemaps for the web tests (all invented, wire style)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    author: str
    date: str  # YYYY-MM-DD
    paragraphs: tuple[str, ...]

    @property
    def path(self) -> str:
        return f"/news/{self.slug}.html"


STORIES = (
    Story(
        "rotterdam-dock-strike", "Rotterdam dockworkers strike over automation plans", "Marieke Hoogland",
        "2024-05-13",
        (
            "Dockworkers at the Port of Rotterdam walked off the job on Monday, halting most container "
            "traffic at Europe's largest port, after talks with terminal operators over automation plans "
            "broke down late on Sunday.",
            "The FNV union said about 4,000 members joined the 24-hour strike and warned that longer "
            "stoppages would follow next week unless operators guaranteed jobs for crane drivers whose "
            "work is being automated.",
            "A spokesman for the terminal operators said the company regretted the action and remained "
            "open to talks. Shipping lines diverted at least 12 vessels to Antwerp and Hamburg.",
        ),
    ),
    Story(
        "kenya-rates-hold", "Kenya's central bank holds its key rate at 13 percent", "Daniel Kiprono",
        "2024-05-14",
        (
            "Kenya's central bank kept its benchmark lending rate unchanged at 13 percent on Tuesday, "
            "saying inflation had eased to 5 percent in April and the shilling had stabilised against "
            "the dollar after a volatile start to the year.",
            "Governor Kamau Thugge told reporters in Nairobi that the monetary policy committee would keep "
            "watching fuel and food prices closely, and that the bank was ready to act if inflation "
            "moved outside its target range.",
            "Analysts polled before the meeting had expected no change. The bank raised the rate by 50 "
            "basis points in February to support the currency.",
        ),
    ),
    Story(
        "bangladesh-flood-aid", "Aid reaches flooded villages in northern Bangladesh", "Farhana Rahman",
        "2024-05-15",
        (
            "Aid agencies began delivering food, clean water and medicine on Wednesday to villages in "
            "northern Bangladesh cut off by floods that have forced more than 200,000 people from their "
            "homes in the past week.",
            "The World Food Programme said boats carrying rice and lentils reached 35 villages in the "
            "Kurigram district, where roads remain under water after the Brahmaputra river burst its "
            "banks.",
            "Local officials said at least 18 people had died, most of them children who drowned. The "
            "government has asked the army to help evacuate families from low-lying islands.",
        ),
    ),
    Story(
        "andes-water-accord", "Chile and Argentina sign water-sharing accord", "Lucia Ferreyra",
        "2024-05-16",
        (
            "Chile and Argentina signed an agreement on Thursday to share water from rivers that cross "
            "their border in the Andes, ending a dispute that has simmered for more than a decade.",
            "Foreign ministers Alberto van Klaveren and Diana Mondino signed the accord in the Argentine "
            "city of Mendoza. Under the deal, a joint commission will set how much water each side may "
            "draw during droughts.",
            "Farmers' groups on both sides welcomed the agreement, saying years of low snowfall had left "
            "vineyards and orchards short of water every summer.",
        ),
    ),
    Story(
        "mongolia-copper-deal", "Mongolia approves expansion of copper mine", "Bat-Erdene Ganbold",
        "2024-05-17",
        (
            "Mongolia's cabinet approved on Friday a $1.2 billion expansion of a copper mine in the South "
            "Gobi desert, clearing the way for construction to resume after two years of delays.",
            "Prime Minister Luvsannamsrain Oyun-Erdene said the project would create 3,000 jobs and raise "
            "copper exports by a fifth within five years, easing the country's reliance on coal sales "
            "to China.",
            "Herders in the region have protested against the mine's use of groundwater. The government "
            "said it would fund new wells for nomadic families near the site.",
        ),
    ),
    Story(
        "tallinn-cyber-drill", "NATO allies hold cyber defence drill in Tallinn", "Kadri Tamm",
        "2024-05-18",
        (
            "More than 2,500 specialists from 38 countries took part on Saturday in a cyber defence "
            "exercise run from the Estonian capital, Tallinn, testing how allies would protect power "
            "grids and water systems from attack.",
            "Estonian Defence Minister Hanno Pevkur said the drill showed that allies could share "
            "information within minutes when a network came under attack.",
            "Teams from Finland and Sweden joined the exercise as full members for the first time. The "
            "organisers said this year's scenario included attacks on satellite links.",
        ),
    ),
)


def article_html(story: Story, *, canonical: str | None = None, extra_head: str = "") -> str:
    """A news page: navigation and footer around the story, metadata in the head."""
    canonical = story.path if canonical is None else canonical
    body = "\n".join(f"<p>{escape(text)}</p>" for text in story.paragraphs)
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(story.title)} | Harbour Wire</title>
<meta name="author" content="{escape(story.author)}">
<meta property="og:site_name" content="Harbour Wire">
<meta property="article:published_time" content="{story.date}T08:30:00Z">
{link}{extra_head}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>{escape(story.title)}</h1>
<p class="byline">By {escape(story.author)}</p>
{body}
</article>
<footer>Harbour Wire. All rights reserved. Sign up for our morning briefing.</footer>
</body></html>"""


PAYWALL_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Budget talks stall | Harbour Wire</title></head>
<body><article><h1>Budget talks stall</h1>
<p>Negotiators failed to agree on the spending plan on Monday.</p>
<div class="paywall">Subscribe to continue reading. Already a subscriber? Sign in.</div>
</article></body></html>"""


def rss(items: list[tuple[str, str, str]], *, title: str = "Harbour Wire: world") -> str:
    """RSS 2.0; items are (link, title, RFC 822 date)."""
    entries = "\n".join(
        f"<item><title>{escape(name)}</title><link>{escape(link)}</link>"
        f"<guid isPermaLink=\"true\">{escape(link)}</guid><pubDate>{date}</pubDate></item>"
        for link, name, date in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{escape(title)}</title><link>http://127.0.0.1/</link>
<description>Latest world news</description>
{entries}
</channel></rss>"""


def atom(items: list[tuple[str, str, str]], *, title: str = "Harbour Wire: business") -> str:
    """Atom 1.0; items are (link, title, ISO 8601 timestamp)."""
    entries = "\n".join(
        f"<entry><title>{escape(name)}</title><link rel=\"alternate\" href=\"{escape(link)}\"/>"
        f"<id>{escape(link)}</id><updated>{stamp}</updated></entry>"
        for link, name, stamp in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title>
<id>urn:harbour-wire:business</id><updated>2024-05-18T10:00:00Z</updated>
{entries}
</feed>"""


def news_sitemap(items: list[tuple[str, str, str]]) -> str:
    """A Google News sitemap; items are (loc, title, publication date)."""
    urls = "\n".join(
        f"<url><loc>{escape(loc)}</loc><news:news><news:publication>"
        f"<news:name>Harbour Wire</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{date}</news:publication_date><news:title>{escape(name)}</news:title>"
        f"</news:news></url>"
        for loc, name, date in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{urls}
</urlset>"""


def sitemap_index(children: list[tuple[str, str]]) -> str:
    """A sitemap index; children are (loc, lastmod)."""
    entries = "\n".join(
        f"<sitemap><loc>{escape(loc)}</loc><lastmod>{lastmod}</lastmod></sitemap>"
        for loc, lastmod in children
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{entries}
</sitemapindex>"""


ROBOTS = """# Harbour Wire
User-agent: *
Disallow: /private/
"""
