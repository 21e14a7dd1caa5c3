<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>Forwarding</name>
    <message numerus="yes">
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} and %n more</numerusform>
            <numerusform>{first} and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
