"""Documents for guidance authors: the guidance annex (RACI matrix as a native table, every
diagram as a captioned image with alternative text, legend, sources) and any single diagram, as
Word (python-docx) and PDF (WeasyPrint, tagged PDF/UA), A4, wholly in the reader's language.

``content`` gathers what a document holds from the graph; ``layout`` decides pages and column
splits once for both writers; ``word`` and ``pdf`` write the bytes.
"""
