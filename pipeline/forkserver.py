"""Imported by the fork server of the worker processes, and by nothing else.

The fork server imports the library once and forks every worker from itself
(see ``workers``). Importing this module also builds the pipeline of the
default language there, once: every worker forked from the server starts with
it built. (The others are built by a worker when it first needs them: spaCy's
French tokenizer alone takes seconds, wasted on a folder of English reviews.)
The dictionaries that check a PDF page's text layer are built here too.

What is built here lives as long as the workers: it is moved out of the
garbage collector's sight (``gc.freeze``), so that a worker's collections do
not walk the pipeline's hundreds of thousands of objects again and again, nor
write to the memory pages it shares with the server.
"""

import gc

from . import workers  # noqa: F401  (what the workers run)
from .ingest import quality
from .read.nlp import pipelines
from .rules import DEFAULT_LANGUAGE

pipelines()[DEFAULT_LANGUAGE]
quality.dictionaries()
gc.collect()
gc.freeze()
