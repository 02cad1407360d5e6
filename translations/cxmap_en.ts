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
    <message numerus="yes">
        <source>Add %n feedback item(s)</source>
        <translation>
            <numerusform>Add feedback</numerusform>
            <numerusform>Add %n feedback items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n feedback item(s) to “%1”</source>
        <translation>
            <numerusform>Move feedback to “%1”</numerusform>
            <numerusform>Move %n feedback items to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n feedback item(s) to Unsorted</source>
        <translation>
            <numerusform>Move feedback to Unsorted</numerusform>
            <numerusform>Move %n feedback items to Unsorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redact %n feedback item(s)</source>
        <translation>
            <numerusform>Redact feedback</numerusform>
            <numerusform>Redact %n feedback items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback item(s)</source>
        <translation>
            <numerusform>Delete feedback</numerusform>
            <numerusform>Delete %n feedback items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the review interval to %n day(s)</source>
        <translation>
            <numerusform>Set the review interval to %n day</numerusform>
            <numerusform>Set the review interval to %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CoverageHeatmap</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
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
    <name>cx::Dashboard</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a date are left out of the period.</source>
        <translation>
            <numerusform>%n item without a date is left out of the period.</numerusform>
            <numerusform>%n items without a date are left out of the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fed %n praised moment(s)</source>
        <translation>
            <numerusform>fed %n praised moment</numerusform>
            <numerusform>fed %n praised moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::DepartmentDialog</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::DepartmentPanel</name>
    <message numerus="yes">
        <source>%n link(s) away</source>
        <translation>
            <numerusform>%n link away</numerusform>
            <numerusform>%n links away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer feedback (%n item(s) %1)</source>
        <translation>
            <numerusform>Customer feedback (%n item %1)</numerusform>
            <numerusform>Customer feedback (%n items %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fed %n praised moment(s)</source>
        <translation>
            <numerusform>fed %n praised moment</numerusform>
            <numerusform>fed %n praised moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::DocumentController</name>
    <message numerus="yes">
        <source>Imported %n card(s) from %1 (one undo step)</source>
        <translation>
            <numerusform>Imported %n card from %1 (one undo step)</numerusform>
            <numerusform>Imported %n cards from %1 (one undo step)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::FeedbackAsk</name>
    <message numerus="yes">
        <source>Remove the customer&apos;s words from %n feedback item(s)?</source>
        <translation>
            <numerusform>Remove the customer&apos;s words from this feedback item?</numerusform>
            <numerusform>Remove the customer&apos;s words from %n feedback items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback item(s)?</source>
        <translation>
            <numerusform>Delete this feedback item?</numerusform>
            <numerusform>Delete %n feedback items?</numerusform>
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
        <source>%n unsorted</source>
        <translation>
            <numerusform>%n unsorted</numerusform>
            <numerusform>%n unsorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feedback item(s) from %1: </source>
        <translation>
            <numerusform>Imported %n feedback item from %1: </numerusform>
            <numerusform>Imported %n feedback items from %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on card(s), </source>
        <translation>
            <numerusform>%n on a card, </numerusform>
            <numerusform>%n on cards, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) without words, score or sentiment skipped</source>
        <translation>
            <numerusform>; %n row without words, score or sentiment skipped</numerusform>
            <numerusform>; %n rows without words, score or sentiment skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n item(s) have no date and count in no period</source>
        <translation>
            <numerusform>; %n item has no date and counts in no period</numerusform>
            <numerusform>; %n items have no date and count in no period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::FeedbackModel</name>
    <message numerus="yes">
        <source>matched %n card(s)</source>
        <translation>
            <numerusform>matched %n card</numerusform>
            <numerusform>matched %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::FeedbackStats</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 praise, %n complaint(s)</source>
        <translation>
            <numerusform>%1 praise, %n complaint</numerusform>
            <numerusform>%1 praise, %n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::FeedbackText</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Glyphs</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::HistoryPanel</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ImpactBar</name>
    <message numerus="yes">
        <source>%n customer moment(s)</source>
        <translation>
            <numerusform>%n customer moment</numerusform>
            <numerusform>%n customer moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
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
    <name>cx::MainActions</name>
    <message numerus="yes">
        <source>Marked %n card(s) reviewed</source>
        <translation>
            <numerusform>Marked %n card reviewed</numerusform>
            <numerusform>Marked %n cards reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review interval: %n day(s)</source>
        <translation>
            <numerusform>Review interval: %n day</numerusform>
            <numerusform>Review interval: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::MainStatus</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::MapEditor</name>
    <message numerus="yes">
        <source>Deleted %n card(s)</source>
        <translation>
            <numerusform>Deleted %n card</numerusform>
            <numerusform>Deleted %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n link(s)</source>
        <translation>
            <numerusform>Deleted %n link</numerusform>
            <numerusform>Deleted %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>Copied %n card</numerusform>
            <numerusform>Copied %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Presenter</name>
    <message numerus="yes">
        <source>All %n lane(s)</source>
        <translation>
            <numerusform>The one lane</numerusform>
            <numerusform>All %n lanes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::PriorityText</name>
    <message numerus="yes">
        <source>%n unhappy moment(s) reached</source>
        <translation>
            <numerusform>%n unhappy moment reached</numerusform>
            <numerusform>%n unhappy moments reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reaches %n unhappy moment(s)</source>
        <translation>
            <numerusform>reaches %n unhappy moment</numerusform>
            <numerusform>reaches %n unhappy moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Recognition</name>
    <message numerus="yes">
        <source>%n praised moment(s)</source>
        <translation>
            <numerusform>%n praised moment</numerusform>
            <numerusform>%n praised moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n praise item(s)</source>
        <translation>
            <numerusform>%n praise item</numerusform>
            <numerusform>%n praise items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::RecognitionSheet</name>
    <message numerus="yes">
        <source>fed %n praised moment(s)</source>
        <translation>
            <numerusform>fed %n praised moment</numerusform>
            <numerusform>fed %n praised moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Reviews</name>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>in the last day</numerusform>
            <numerusform>in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) reviewed %2</source>
        <translation>
            <numerusform>%1 of %n card reviewed %2</numerusform>
            <numerusform>%1 of %n cards reviewed %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n %2 card(s) reviewed %3</source>
        <translation>
            <numerusform>%1 of %n %2 card reviewed %3</numerusform>
            <numerusform>%1 of %n %2 cards reviewed %3</numerusform>
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
<context>
    <name>cx::report::Report</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n action(s) on this journey; %2 overdue.</source>
        <translation>
            <numerusform>%1 owns %n action on this journey; %2 overdue.</numerusform>
            <numerusform>%1 owns %n actions on this journey; %2 overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) feeds %n unhappy moment(s)%3.</source>
        <translation>
            <numerusform>%1 (%2) feeds %n unhappy moment%3.</numerusform>
            <numerusform>%1 (%2) feeds %n unhappy moments%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The journey feels worst at %1 (%2), with %n pain point(s).</source>
        <translation>
            <numerusform> The journey feels worst at %1 (%2), with %n pain point.</numerusform>
            <numerusform> The journey feels worst at %1 (%2), with %n pain points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 actions overdue</source>
        <translation>
            <numerusform>%n of %1 actions overdue</numerusform>
            <numerusform>%n of %1 actions overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since %1, customers left %2 on %3&apos;s cards of this journey: %4 praise, %n complaint(s); mean sentiment %5.</source>
        <translation>
            <numerusform>Since %1, customers left %2 on %3&apos;s cards of this journey: %4 praise, %n complaint; mean sentiment %5.</numerusform>
            <numerusform>Since %1, customers left %2 on %3&apos;s cards of this journey: %4 praise, %n complaints; mean sentiment %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of feedback</source>
        <translation>
            <numerusform>%n item of feedback</numerusform>
            <numerusform>%n items of feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the %n page(s) after it show(s) the parts of the map that hold %1.</source>
        <translation>
            <numerusform>; the page after it shows the parts of the map that hold %1.</numerusform>
            <numerusform>; the %n pages after it show the parts of the map that hold %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The other %n part(s) are not printed: cxmap export --full-map, or “Every map page” in the export dialog, prints the whole map.</source>
        <translation>
            <numerusform> The other part is not printed: cxmap export --full-map, or “Every map page” in the export dialog, prints the whole map.</numerusform>
            <numerusform> The other %n parts are not printed: cxmap export --full-map, or “Every map page” in the export dialog, prints the whole map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stages %1 of %2 · %n lane(s)</source>
        <translation>
            <numerusform>stages %1 of %2 · %n lane</numerusform>
            <numerusform>stages %1 of %2 · %n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer moment(s)</source>
        <translation>
            <numerusform>%n customer moment</numerusform>
            <numerusform>%n customer moments</numerusform>
        </translation>
    </message>
</context>
</TS>
