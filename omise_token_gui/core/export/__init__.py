"""Evidence for a test run: the attempts (and their tokens) written in the formats testers
report in. No Qt, no I/O: ``formats.render`` returns the text (``storage.write_private`` writes it).

Modules: ``rows`` (``EvidenceRow``, ``Result``: what an attempt means for a run), ``columns``
(the table formats' columns, the test tools' comment), ``tables`` (CSV, Markdown, Jira),
``documents`` (JSON, JUnit), ``tools`` (Xray, TestRail), ``formats`` (``render``), ``source``
(the attempt log's rows, ``--since``). This file imports none of them (no import cycle).

Formats (``FORMATS``): ``csv``, ``json`` (docs/evidence-export.schema.json), ``markdown``,
``jira``, ``junit``, ``xray`` (Xray Cloud), ``xray-server`` (Xray Server/Data Center) and
``testrail``. No format ever holds a full card number or a security code: an attempt keeps
none, and every text is masked again on the way out (``rows.safe``).
"""
