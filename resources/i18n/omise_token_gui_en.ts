<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Attempts</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them token(s)</source>
        <translation>
            <numerusform>%n of them a token</numerusform>
            <numerusform>%n of them tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>older than %n day(s)</source>
        <translation>
            <numerusform>older than %n day</numerusform>
            <numerusform>older than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogSource</name>
    <message numerus="yes">
        <source>{version} + your file (%n card(s))</source>
        <translation>
            <numerusform>{version} + your file (%n card)</numerusform>
            <numerusform>{version} + your file (%n cards)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n attempt(s) written to {path}.</source>
        <translation>
            <numerusform>%n attempt written to {path}.</numerusform>
            <numerusform>%n attempts written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>Omise test tokens: %n result(s)</source>
        <translation>
            <numerusform>Omise test tokens: %n result</numerusform>
            <numerusform>Omise test tokens: %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>%n attempt.</numerusform>
            <numerusform>%n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message numerus="yes">
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} and %n more</numerusform>
            <numerusform>{first} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>The history file was damaged ({why}). It was moved to {aside}; %n token(s) that could still be read were copied into a new history.</source>
        <translation>
            <numerusform>The history file was damaged ({why}). It was moved to {aside}; %n token that could still be read was copied into a new history.</numerusform>
            <numerusform>The history file was damaged ({why}). It was moved to {aside}; %n tokens that could still be read were copied into a new history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message numerus="yes">
        <source>Copied %n token ids, one a line ({used} already used: a checkout given a used id will fail).</source>
        <translation>
            <numerusform>Copied %n token id, one a line ({used} already used: a checkout given a used id will fail).</numerusform>
            <numerusform>Copied %n token ids, one a line ({used} already used: a checkout given a used id will fail).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n token ids, one a line.</source>
        <translation>
            <numerusform>Copied %n token id, one a line.</numerusform>
            <numerusform>Copied %n token ids, one a line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n</source>
        <translation>
            <numerusform>Delete %n</numerusform>
            <numerusform>Delete %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n token(s) from the history? The tokens themselves stay on the vault.</source>
        <translation>
            <numerusform>Delete %n token from the history? The token itself stays on the vault.</numerusform>
            <numerusform>Delete %n tokens from the history? The tokens themselves stay on the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token(s) from the history.</source>
        <translation>
            <numerusform>Deleted %n token from the history.</numerusform>
            <numerusform>Deleted %n tokens from the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {deleted} of %n token(s); then: {reason}</source>
        <translation>
            <numerusform>Deleted {deleted} of %n token; then: {reason}</numerusform>
            <numerusform>Deleted {deleted} of %n tokens; then: {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryNotes</name>
    <message numerus="yes">
        <source>%n new token(s) hidden by the filter</source>
        <translation>
            <numerusform>%n new token hidden by the filter</numerusform>
            <numerusform>%n new tokens hidden by the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} attempt(s)</source>
        <translation>
            <numerusform>{shown} of {total} attempt</numerusform>
            <numerusform>{shown} of {total} attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} token(s)</source>
        <translation>
            <numerusform>{shown} of {total} token</numerusform>
            <numerusform>{shown} of {total} tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} attempt(s)</source>
        <translation>
            <numerusform>{total} attempt</numerusform>
            <numerusform>{total} attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} token(s)</source>
        <translation>
            <numerusform>{total} token</numerusform>
            <numerusform>{total} tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Delete %n</numerusform>
            <numerusform>&amp;Delete %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n &amp;ids</source>
        <translation>
            <numerusform>Copy %n &amp;id</numerusform>
            <numerusform>Copy %n &amp;ids</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Repairing the damaged history file: {count} token(s) copied so far…</source>
        <translation>
            <numerusform>Repairing the damaged history file: {count} token copied so far…</numerusform>
            <numerusform>Repairing the damaged history file: {count} tokens copied so far…</numerusform>
        </translation>
    </message>
</context>
</TS>
