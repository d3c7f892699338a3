"""The exceptions tidings raises.

    TidingsError                  base of everything below; the CLI turns it into a message
    ├── ModelNotFound             the spaCy model named is not installed
    ├── InputError                an input could not be read (the record is reported, the run goes on)
    │   └── ArticleTooLarge       an article is over the size limit
    ├── ProcessingError           a pipeline stage failed on an article (a bug: report it with the text)
    └── GoldFormatError           a gold file for `tidings eval` is malformed
"""


class TidingsError(Exception):
    """Base class: every error tidings raises on purpose."""


class ModelNotFound(TidingsError):
    """The spaCy model named is not installed."""


class InputError(TidingsError):
    """An input could not be read or parsed."""


class ArticleTooLarge(InputError):
    """An article's text is over the configured size limit."""


class ProcessingError(TidingsError):
    """A pipeline stage failed on an article: a bug in tidings, raised ``from`` the stage's error."""


class GoldFormatError(TidingsError):
    """A gold-standard file is not in the expected format."""
