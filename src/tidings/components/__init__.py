"""The tidings pipeline stages, each a registered spaCy component in its own module.

Importing this package registers the factories (``tidings_actors``, ``tidings_dates``, ...).
Each stage reads the Doc (and what earlier stages wrote on ``Doc._``) and writes plain dicts shaped
like the models in :mod:`tidings.schema` onto its own ``Doc._`` extension.
"""

from . import actors, dates, events, parse_repairs, person_names, places, quantities, quotes, tone  # noqa: F401
