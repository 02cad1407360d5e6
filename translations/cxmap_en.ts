<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cx::CardClip</name>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Paste %n card</numerusform>
            <numerusform>Paste %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Commands</name>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation>
            <numerusform>Add %n card</numerusform>
            <numerusform>Add %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert %n card(s)</source>
        <translation>
            <numerusform>Insert %n card</numerusform>
            <numerusform>Insert %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cards reviewed</source>
        <translation>
            <numerusform>Mark %n card reviewed</numerusform>
            <numerusform>Mark %n cards reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Csv</name>
    <message numerus="yes">
        <source>Import %n card(s) from CSV</source>
        <translation>
            <numerusform>Import %n card from CSV</numerusform>
            <numerusform>Import %n cards from CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::FeedbackImport</name>
    <message numerus="yes">
        <source>the file has fewer than %n rows to skip and no header after them</source>
        <translation>
            <numerusform>the file has fewer than %n row to skip and no header after it</numerusform>
            <numerusform>the file has fewer than %n rows to skip and no header after them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feedback items from %1: </source>
        <translation>
            <numerusform>Imported %n feedback item from %1: </numerusform>
            <numerusform>Imported %n feedback items from %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on cards, </source>
        <translation>
            <numerusform>%n on a card, </numerusform>
            <numerusform>%n on cards, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsorted</source>
        <translation>
            <numerusform>%n unsorted</numerusform>
            <numerusform>%n unsorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n rows without words, score or sentiment skipped</source>
        <translation>
            <numerusform>; %n row without words, score or sentiment skipped</numerusform>
            <numerusform>; %n rows without words, score or sentiment skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n items have no date and count in no period</source>
        <translation>
            <numerusform>; %n item has no date and counts in no period</numerusform>
            <numerusform>; %n items have no date and count in no period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Inspector</name>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>%n card selected</numerusform>
            <numerusform>%n cards selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::TeamMapDialog</name>
    <message numerus="yes">
        <source>%n map(s) you may open.</source>
        <translation>
            <numerusform>%n map you may open.</numerusform>
            <numerusform>%n maps you may open.</numerusform>
        </translation>
    </message>
</context>
</TS>
