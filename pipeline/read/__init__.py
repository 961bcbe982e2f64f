"""Reading a review's text: the spaCy pipeline and the rules that turn its spans
into sections, objective mentions and numeric facts.

    nlp         the spaCy pipeline: spacy.blank(lang) + rule components
    segment     Document -> Segmentation: areas, objectives, subsections
    extract     Document + Segmentation -> objective mentions, numeric facts
    facts       a quantity span read in context (value, qualifier, change, dates)
    traps       numbers that are no facts
    counted     what a number counts
    context     a span's sentence and neighbouring words
    mentions    an objective span read as a list of objectives
    evidence    the objectives a section addresses, named or not: the GCM's words in it
    numbers     pure parsing of numbers, reference dates and periods
    table_rows  rows of tables and key-figure lists
"""
