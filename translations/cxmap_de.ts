<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cx::ActionsDialog</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Maßnahmen: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Plan an action on %1</source>
        <translation>Eine Maßnahme für %1 planen</translation>
    </message>
    <message>
        <source>Select a pain point or an opportunity on the canvas first</source>
        <translation>Wählen Sie zuerst einen Pain Point oder eine Chance auf der Arbeitsfläche aus</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · überfällig</translation>
    </message>
    <message>
        <source>No actions yet: select a pain point or an opportunity on the canvas and choose Add.</source>
        <translation>Noch keine Maßnahmen: Wählen Sie einen Pain Point oder eine Chance auf der Arbeitsfläche aus und klicken Sie auf „Hinzufügen“.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Due &amp;by</source>
        <translation>Fällig &amp;bis</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortliche Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
</context>
<context>
    <name>cx::AssignCardDialog</name>
    <message>
        <source>Assign to Card</source>
        <translation>Karte zuordnen</translation>
    </message>
    <message>
        <source>Choose the card the feedback is about.</source>
        <translation>Wählen Sie die Karte, auf die sich das Feedback bezieht.</translation>
    </message>
    <message>
        <source>Its card column said: “%1”</source>
        <translation>In seiner Kartenspalte stand: „%1“</translation>
    </message>
    <message>
        <source>Search cards by title</source>
        <translation>Karten nach Titel suchen</translation>
    </message>
    <message>
        <source>Search cards by title (↑ ↓ to choose, Enter to assign)</source>
        <translation>Karten nach Titel suchen (↑ ↓ zum Auswählen, Eingabetaste zum Zuordnen)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Its card column matched this card</source>
        <translation>Seine Kartenspalte passt zu dieser Karte</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
</context>
<context>
    <name>cx::CardClip</name>
    <message>
        <source>No cell (stage %1, lane %2) in journey %3 to paste into</source>
        <translation>Keine Zelle (Phase %1, Bahn %2) in Journey %3, in die eingefügt werden kann</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>%n Karte einfügen</numerusform>
            <numerusform>%n Karten einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CardRows</name>
    <message>
        <source> (line %1)</source>
        <translation> laut Zeile %1</translation>
    </message>
    <message>
        <source> in the document</source>
        <translation> in der Map</translation>
    </message>
    <message>
        <source>line %1, column lane_kind: the lane “%2” is %3%4, not %5</source>
        <translation>Zeile %1, Spalte lane_kind: Die Bahn „%2“ hat%4 die Art %3, nicht %5</translation>
    </message>
    <message>
        <source>line %1: “%2” would be new department number %3; one import creates at most %4</source>
        <translation>Zeile %1: „%2“ wäre die %3. neue Abteilung; ein Import legt höchstens %4 an</translation>
    </message>
</context>
<context>
    <name>cx::Commands</name>
    <message>
        <source>A persona&apos;s picture may take at most 4 MB</source>
        <translation>Das Bild einer Persona darf höchstens 4 MB groß sein</translation>
    </message>
    <message>
        <source>A persona&apos;s picture must be a PNG or JPEG picture</source>
        <translation>Das Bild einer Persona muss ein PNG- oder JPEG-Bild sein</translation>
    </message>
    <message>
        <source>A persona&apos;s text may hold at most a million characters</source>
        <translation>Der Text einer Persona darf höchstens eine Million Zeichen enthalten</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Dokument umbenennen</translation>
    </message>
    <message>
        <source>No such cell (stage %1, lane %2)</source>
        <translation>Zelle (Phase %1, Bahn %2) nicht gefunden</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>No card %1</source>
        <translation>Karte %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Card %1 is not in this journey</source>
        <translation>Karte %1 gehört nicht zu dieser Journey</translation>
    </message>
    <message>
        <source>No journey %1</source>
        <translation>Journey %1 nicht gefunden</translation>
    </message>
    <message>
        <source>A stage needs a name</source>
        <translation>Eine Phase braucht einen Namen</translation>
    </message>
    <message>
        <source>Add stage “%1”</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>No stage %1</source>
        <translation>Phase %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>A lane needs a name</source>
        <translation>Eine Bahn braucht einen Namen</translation>
    </message>
    <message>
        <source>Add lane “%1”</source>
        <translation>Bahn „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>No lane %1</source>
        <translation>Bahn %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Bahn bearbeiten</translation>
    </message>
    <message>
        <source>No lane kind %1</source>
        <translation>Unbekannte Bahnart %1</translation>
    </message>
    <message>
        <source>Kind of lane %1: %2 → %3</source>
        <translation>Art der Bahn %1: %2 → %3</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Bahn verschieben</translation>
    </message>
    <message>
        <source>A department needs a name</source>
        <translation>Eine Abteilung braucht einen Namen</translation>
    </message>
    <message>
        <source>There is already a department “%1”</source>
        <translation>Es gibt bereits eine Abteilung „%1“</translation>
    </message>
    <message>
        <source>Add department “%1”</source>
        <translation>Abteilung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>No department %1</source>
        <translation>Abteilung %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Abteilung bearbeiten</translation>
    </message>
    <message>
        <source>Move department</source>
        <translation>Abteilung verschieben</translation>
    </message>
    <message>
        <source>No department %1 to hand the cards to</source>
        <translation>Abteilung %1, an die die Karten übergeben werden sollen, nicht gefunden</translation>
    </message>
    <message>
        <source>A persona needs a name</source>
        <translation>Eine Persona braucht einen Namen</translation>
    </message>
    <message>
        <source>Add persona “%1”</source>
        <translation>Persona „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>No persona %1</source>
        <translation>Persona %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>A journey needs a name</source>
        <translation>Eine Journey braucht einen Namen</translation>
    </message>
    <message>
        <source>No journey %1 to compare with</source>
        <translation>Journey %1 zum Vergleichen nicht gefunden</translation>
    </message>
    <message>
        <source>Add journey “%1”</source>
        <translation>Journey „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit journey</source>
        <translation>Journey bearbeiten</translation>
    </message>
    <message>
        <source>A link joins two existing cards</source>
        <translation>Eine Verknüpfung verbindet zwei vorhandene Karten</translation>
    </message>
    <message>
        <source>A card cannot link to itself</source>
        <translation>Eine Karte kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>A link joins two cards of the same journey</source>
        <translation>Eine Verknüpfung verbindet zwei Karten derselben Journey</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Verknüpfung hinzufügen</translation>
    </message>
    <message>
        <source>No link %1</source>
        <translation>Verknüpfung %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Delete link %1</source>
        <translation>Verknüpfung %1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 links</source>
        <translation>%1 Verknüpfungen löschen</translation>
    </message>
    <message>
        <source>A new %1 needs its own negative id, not %2</source>
        <translation>Jedes neue Element (%1) braucht eine eigene negative ID, nicht %2</translation>
    </message>
    <message>
        <source>A %1 needs a name</source>
        <translation>Jedes Element (%1) braucht einen Namen</translation>
    </message>
    <message>
        <source>Card %1 is given twice</source>
        <translation>Karte %1 ist doppelt angegeben</translation>
    </message>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation>
            <numerusform>%n Karte hinzufügen</numerusform>
            <numerusform>%n Karten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert %n card(s)</source>
        <translation>
            <numerusform>%n Karte einfügen</numerusform>
            <numerusform>%n Karten einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>%n Karte duplizieren</numerusform>
            <numerusform>%n Karten duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Clone journey “%1”</source>
        <translation>Journey „%1“ klonen</translation>
    </message>
    <message>
        <source>Customer feedback on “%1” is changed by whoever may change the card. %2</source>
        <translation>Kundenfeedback zu „%1“ darf ändern, wer die Karte ändern darf. %2</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>No feedback item %1</source>
        <translation>Feedback-Eintrag %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Feedback hinzufügen</translation>
    </message>
    <message>
        <source>Redacted feedback keeps no words</source>
        <translation>Geschwärztes Feedback enthält keinen Text</translation>
    </message>
    <message>
        <source>Edit feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <source>The map keeps no history before %1 (it was pruned, or not yet recorded): no card can be restored as it was on %2</source>
        <translation>Die Map hat keinen Verlauf vor %1 (er wurde gekürzt oder noch nicht aufgezeichnet): Keine Karte kann auf den Stand vom %2 zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Card %1 did not exist on %2</source>
        <translation>Karte %1 gab es am %2 nicht</translation>
    </message>
    <message>
        <source>It cannot be restored as it was on %1: %2</source>
        <translation>Die Karte kann nicht auf den Stand vom %1 zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Restore %1 as it was on %2</source>
        <translation>%1 auf den Stand vom %2 zurücksetzen</translation>
    </message>
    <message>
        <source>No card with id %1</source>
        <translation>Keine Karte mit der ID %1</translation>
    </message>
    <message>
        <source>No card to mark reviewed</source>
        <translation>Keine Karte, die als geprüft markiert werden kann</translation>
    </message>
    <message>
        <source>Mark %1 reviewed</source>
        <translation>%1 als geprüft markieren</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cards reviewed</source>
        <translation>
            <numerusform>%n Karte als geprüft markieren</numerusform>
            <numerusform>%n Karten als geprüft markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>A review interval is 1 to %1 days, not %2</source>
        <translation>Ein Prüfintervall beträgt 1 bis %1 Tage, nicht %2</translation>
    </message>
    <message>
        <source>Actions go on a pain point or an opportunity; %1 is neither</source>
        <translation>Maßnahmen gehören zu einem Pain Point oder einer Chance; %1 ist keins von beiden</translation>
    </message>
    <message>
        <source>%1 has no action %2</source>
        <translation>%1 hat keine Maßnahme %2</translation>
    </message>
    <message>
        <source>An action says what is to be done</source>
        <translation>Eine Maßnahme muss angeben, was zu tun ist</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>Die Maßnahme</translation>
    </message>
    <message>
        <source>No department with id %1</source>
        <translation>Keine Abteilung mit der ID %1</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Maßnahme %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Maßnahme %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation>Maßnahme %1 entfernen</translation>
    </message>
    <message>
        <source>%1 holds %2, which CXMap cannot keep exactly</source>
        <translation>%1 enthält %2; das kann CXMap nicht exakt speichern</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>The channel</source>
        <translation>Der Kanal</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Ein Tag</translation>
    </message>
    <message>
        <source>A KPI&apos;s name</source>
        <translation>Der Name eines KPI</translation>
    </message>
    <message>
        <source>A KPI&apos;s unit</source>
        <translation>Die Einheit eines KPI</translation>
    </message>
    <message>
        <source>A comment</source>
        <translation>Ein Kommentar</translation>
    </message>
    <message>
        <source>A comment&apos;s author</source>
        <translation>Die Autorenangabe eines Kommentars</translation>
    </message>
    <message>
        <source>The document is read-only</source>
        <translation>Das Dokument ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The document is read-only: %1</source>
        <translation>Das Dokument ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>A card needs a title</source>
        <translation>Eine Karte braucht einen Titel</translation>
    </message>
    <message>
        <source>A card&apos;s text may hold at most a million characters</source>
        <translation>Der Text einer Karte darf höchstens eine Million Zeichen enthalten</translation>
    </message>
    <message>
        <source>A comment may hold at most a million characters</source>
        <translation>Ein Kommentar darf höchstens eine Million Zeichen enthalten</translation>
    </message>
    <message>
        <source>Emotion %1 is out of range -2..+2</source>
        <translation>Emotion %1 liegt außerhalb des Bereichs -2..+2</translation>
    </message>
    <message>
        <source>A KPI needs a name</source>
        <translation>Ein KPI braucht einen Namen</translation>
    </message>
    <message>
        <source>KPI “%1”: value out of range for %2</source>
        <translation>KPI „%1“: Wert außerhalb des Bereichs für %2</translation>
    </message>
    <message>
        <source>Votes must be between 0 and %1</source>
        <translation>Die Stimmenzahl muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>No participant %1</source>
        <translation>Teilnehmer:in %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Each participant&apos;s dots are counted once, as a positive number</source>
        <translation>Die Punkte jeder Teilnehmer:in werden einmal und als positive Zahl gezählt</translation>
    </message>
    <message>
        <source>%1 votes cannot hold the %2 dots participants gave</source>
        <translation>%1 Stimmen reichen nicht für die %2 Punkte, die Teilnehmer:innen vergeben haben</translation>
    </message>
    <message>
        <source>The short name “%1” is already used by “%2”: each department needs its own</source>
        <translation>Das Kürzel „%1“ wird bereits von „%2“ verwendet: Jede Abteilung braucht ein eigenes</translation>
    </message>
    <message>
        <source>“%1” holds others&apos; votes or comments, which could not be put back if its deletion were undone: a facilitator of the map may delete it.</source>
        <translation>„%1“ enthält Stimmen oder Kommentare anderer, die sich beim Rückgängigmachen des Löschens nicht wiederherstellen ließen: Moderator:innen der Map können die Karte löschen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Unowned</source>
        <translation>Keine verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Beteiligte Abteilungen</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Pain severity</source>
        <translation>Schweregrad des Pain Points</translation>
    </message>
    <message>
        <source>Opportunity impact</source>
        <translation>Auswirkung der Chance</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>%1 of %2: %3 → %4</source>
        <translation>%1 von %2: %3 → %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>untitled card</source>
        <translation>unbenannte Karte</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>%1 bearbeiten: %2</translation>
    </message>
    <message>
        <source>Reverse link %1</source>
        <translation>Verknüpfung %1 umkehren</translation>
    </message>
    <message>
        <source>Type of link %1: %2 → %3</source>
        <translation>Typ der Verknüpfung %1: %2 → %3</translation>
    </message>
    <message>
        <source>Label of link %1: %2 → %3</source>
        <translation>Beschriftung der Verknüpfung %1: %2 → %3</translation>
    </message>
    <message>
        <source>Edit link %1</source>
        <translation>Verknüpfung %1 bearbeiten</translation>
    </message>
    <message>
        <source>A participant needs a name</source>
        <translation>Teilnehmer:innen brauchen einen Namen</translation>
    </message>
    <message>
        <source>There is already a participant called “%1”</source>
        <translation>Der Name „%1“ ist unter den Teilnehmer:innen bereits vergeben</translation>
    </message>
    <message>
        <source>A dot budget must be between 0 and %1</source>
        <translation>Ein Punktebudget muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>%1 has no dot on this card</source>
        <translation>%1 hat keinen Punkt auf dieser Karte</translation>
    </message>
    <message>
        <source>%1 has no dots left on this journey (budget %2)</source>
        <translation>%1 hat in dieser Journey keine Punkte mehr (Budget %2)</translation>
    </message>
    <message>
        <source>Vote for %1 cards</source>
        <translation>Für %1 Karten stimmen</translation>
    </message>
    <message>
        <source>Vote for “%1”</source>
        <translation>Für „%1“ stimmen</translation>
    </message>
    <message>
        <source>Take votes from %1 cards</source>
        <translation>Stimmen von %1 Karten zurücknehmen</translation>
    </message>
    <message>
        <source>Take a vote from “%1”</source>
        <translation>Eine Stimme von „%1“ zurücknehmen</translation>
    </message>
    <message>
        <source>Add participant “%1”</source>
        <translation>Teilnehmer:in „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Teilnehmer:in bearbeiten</translation>
    </message>
    <message>
        <source>Only on a team map does one vote as one&apos;s server role</source>
        <translation>Nur in einer Team-Map stimmen Sie mit Ihrer Serverrolle ab</translation>
    </message>
    <message>
        <source>Reset votes on “%1”</source>
        <translation>Stimmen für „%1“ zurücksetzen</translation>
    </message>
    <message>
        <source>A comment needs some text</source>
        <translation>Ein Kommentar braucht Text</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>„%1“ kommentieren</translation>
    </message>
    <message>
        <source>No comment %1 on this card</source>
        <translation>Kein Kommentar %1 auf dieser Karte</translation>
    </message>
    <message>
        <source>Only its author (%1) or a facilitator of the map removes this comment.</source>
        <translation>Nur die Person, die den Kommentar verfasst hat (%1), oder Moderator:innen der Map können ihn entfernen.</translation>
    </message>
    <message>
        <source>Delete comment on “%1”</source>
        <translation>Kommentar zu „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Karte verschieben</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Karten verschieben</translation>
    </message>
    <message>
        <source>Delete stage “%1”</source>
        <translation>Phase „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete lane “%1”</source>
        <translation>Bahn „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Abteilung löschen</translation>
    </message>
    <message>
        <source>Delete department “%1”</source>
        <translation>Abteilung „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmer:in entfernen</translation>
    </message>
    <message>
        <source>No free id for a new feedback item (%1 is taken)</source>
        <translation>Keine freie ID für einen neuen Feedback-Eintrag (%1 ist bereits vergeben)</translation>
    </message>
    <message>
        <source>There is already a link %1</source>
        <translation>Es gibt bereits eine Verknüpfung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n feedback item(s)</source>
        <translation>
            <numerusform>Feedback hinzufügen</numerusform>
            <numerusform>%n Feedback-Einträge hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n feedback item(s) to “%1”</source>
        <translation>
            <numerusform>Feedback nach „%1“ verschieben</numerusform>
            <numerusform>%n Feedback-Einträge nach „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n feedback item(s) to Unsorted</source>
        <translation>
            <numerusform>Feedback nach „Unsortiert“ verschieben</numerusform>
            <numerusform>%n Feedback-Einträge nach „Unsortiert“ verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redact %n feedback item(s)</source>
        <translation>
            <numerusform>Feedback schwärzen</numerusform>
            <numerusform>%n Feedback-Einträge schwärzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback item(s)</source>
        <translation>
            <numerusform>Feedback löschen</numerusform>
            <numerusform>%n Feedback-Einträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the review interval to %n day(s)</source>
        <translation>
            <numerusform>Prüfintervall auf %n Tag setzen</numerusform>
            <numerusform>Prüfintervall auf %n Tage setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CommentsBox</name>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>A comment (Ctrl+Enter adds it, Esc goes back)</source>
        <translation>Ein Kommentar (Strg+Eingabetaste fügt ihn hinzu, Esc kehrt zurück)</translation>
    </message>
    <message>
        <source>Add &amp;Comment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Add the comment</source>
        <translation>Den Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected comment</source>
        <translation>Den ausgewählten Kommentar löschen</translation>
    </message>
    <message>
        <source>Why the comment was not added</source>
        <translation>Warum der Kommentar nicht hinzugefügt wurde</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>Noch keine Kommentare</translation>
    </message>
    <message>
        <source>On a team map, comments are in your server role&apos;s name</source>
        <translation>In einer Team-Map stehen Kommentare unter dem Namen Ihrer Serverrolle</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Comments carry their author&apos;s name. Yours (asked once, remembered on this computer):</source>
        <translation>Kommentare tragen den Namen ihrer Verfasser. Ihr Name (einmal abgefragt, auf diesem Computer gespeichert):</translation>
    </message>
    <message>
        <source>Give your name to sign the comment: it was not added.</source>
        <translation>Geben Sie Ihren Namen an, um den Kommentar zu zeichnen: Er wurde nicht hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>cx::ComparePanel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>Accountable: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Contributing departments changed</source>
        <translation>Beteiligte Abteilungen geändert</translation>
    </message>
    <message>
        <source>Emotion: %1</source>
        <translation>Emotion: %1</translation>
    </message>
    <message>
        <source>Evidence changed</source>
        <translation>Beleg geändert</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Stimmen: %1</translation>
    </message>
    <message>
        <source>KPIs changed</source>
        <translation>KPIs geändert</translation>
    </message>
    <message>
        <source>Tags changed</source>
        <translation>Tags geändert</translation>
    </message>
    <message>
        <source>Moved to another stage: %1</source>
        <translation>In eine andere Phase verschoben: %1</translation>
    </message>
    <message>
        <source>Moved to another lane: %1</source>
        <translation>In eine andere Bahn verschoben: %1</translation>
    </message>
    <message>
        <source>no comparison: a side has no emotion here</source>
        <translation>kein Vergleich: Auf einer Seite ist hier keine Emotion bewertet</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>better by %1</source>
        <translation>um %1 besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>worse by %1</source>
        <translation>um %1 schlechter</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Comparison of the current and the future state</source>
        <translation>Vergleich von aktuellem und künftigem Zustand</translation>
    </message>
    <message>
        <source>Compared journeys</source>
        <translation>Verglichene Journeys</translation>
    </message>
    <message>
        <source>No future state yet: Journey &gt; Clone as Future State</source>
        <translation>Noch kein künftiger Zustand: Journey &gt; Als künftigen Zustand klonen</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Summary of the differences</source>
        <translation>Zusammenfassung der Unterschiede</translation>
    </message>
    <message>
        <source>Emotion per stage: current and future state</source>
        <translation>Emotion je Phase: aktueller und künftiger Zustand</translation>
    </message>
    <message>
        <source>Emotion per stage: current, future and the change</source>
        <translation>Emotion je Phase: aktueller, künftiger Zustand und Veränderung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Künftig</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Cards added, removed and changed in the future state</source>
        <translation>Im künftigen Zustand hinzugefügte, entfernte und geänderte Karten</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert, %4 unverändert</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>(dropped)</source>
        <translation>(entfallen)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cx::CoverageHeatmap</name>
    <message>
        <source>Coverage heatmap: cards per department and stage</source>
        <translation>Abdeckungs-Heatmap: Karten je Abteilung und Phase</translation>
    </message>
    <message>
        <source>Mean emotion:</source>
        <translation>Mittlere Emotion:</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>no cards</source>
        <translation>keine Karten</translation>
    </message>
    <message>
        <source> (%1 owned, %2 contributed)</source>
        <translation> (%1 verantwortet, %2 beteiligt)</translation>
    </message>
    <message>
        <source>, mean emotion %1</source>
        <translation>, mittlere Emotion %1</translation>
    </message>
    <message>
        <source>, no emotion rated</source>
        <translation>, keine Emotion bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Csv</name>
    <message numerus="yes">
        <source>Import %n card(s) from CSV</source>
        <translation>
            <numerusform>%n Karte aus CSV importieren</numerusform>
            <numerusform>%n Karten aus CSV importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI “%1”: %2</source>
        <translation>KPI „%1“: %2</translation>
    </message>
    <message>
        <source>“%1” is not NAME=VALUE[/TARGET] [UNIT] [[KIND]]</source>
        <translation>„%1“ hat nicht die Form NAME=VALUE[/TARGET] [UNIT] [[KIND]]</translation>
    </message>
    <message>
        <source>“%1” has no name before “=”</source>
        <translation>„%1“ hat keinen Namen vor „=“</translation>
    </message>
    <message>
        <source>the kind goes last, in brackets: [csat]</source>
        <translation>Die Art steht am Ende in eckigen Klammern: [csat]</translation>
    </message>
    <message>
        <source>unknown kind “%1” (nps, csat, ces or free)</source>
        <translation>unbekannte Art „%1“ (nps, csat, ces oder free)</translation>
    </message>
    <message>
        <source>“%1” is not VALUE or VALUE/TARGET</source>
        <translation>„%1“ hat nicht die Form VALUE oder VALUE/TARGET</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>Der Wert fehlt</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range %2 for %3</source>
        <translation>%1 liegt außerhalb des Bereichs %2 für %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line 1: no header row (empty file)</source>
        <translation>Zeile 1: keine Kopfzeile (leere Datei)</translation>
    </message>
    <message>
        <source>unknown column (the columns are %1)</source>
        <translation>unbekannte Spalte (gültige Spalten: %1)</translation>
    </message>
    <message>
        <source>the column is named twice</source>
        <translation>Die Spalte kommt doppelt vor</translation>
    </message>
    <message>
        <source>line %1, column %2: required column is missing</source>
        <translation>Zeile %1, Spalte %2: Diese Pflichtspalte fehlt</translation>
    </message>
    <message>
        <source>the row ends after %1 of %2 fields</source>
        <translation>Die Zeile endet nach %1 von %2 Feldern</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <source>%1 is out of range %2..%3</source>
        <translation>%1 liegt außerhalb des Bereichs %2..%3</translation>
    </message>
    <message>
        <source>unknown %1 “%2” (one of %3)</source>
        <translation>unbekannter Wert „%2“ für %1 (möglich: %3)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>the quoted field is never closed</source>
        <translation>Das Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>a closing quote must be followed by a comma or the end of the line</source>
        <translation>Auf ein schließendes Anführungszeichen muss ein Komma oder das Zeilenende folgen</translation>
    </message>
    <message>
        <source>a quote in an unquoted field (quote the whole field and double the quote)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen)</translation>
    </message>
    <message>
        <source>a carriage return without a line feed</source>
        <translation>ein Wagenrücklauf (CR) ohne Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a NUL character, which CXMap cannot keep exactly</source>
        <translation>ein NUL-Zeichen, das CXMap nicht unverändert speichern kann</translation>
    </message>
</context>
<context>
    <name>cx::Dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Dashboard charts</source>
        <translation>Dashboard-Diagramme</translation>
    </message>
    <message>
        <source>Dashboard heading</source>
        <translation>Dashboard-Überschrift</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>%1: title</source>
        <translation>%1: Titel</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1: Hinweis</translation>
    </message>
    <message>
        <source>Cards per stage by accountable department</source>
        <translation>Karten je Phase nach verantwortlicher Abteilung</translation>
    </message>
    <message>
        <source>Cards per stage</source>
        <translation>Karten je Phase</translation>
    </message>
    <message>
        <source>Emotion curve per stage</source>
        <translation>Emotionskurve je Phase</translation>
    </message>
    <message>
        <source>Emotion per stage</source>
        <translation>Emotion je Phase</translation>
    </message>
    <message>
        <source>Pain points per department</source>
        <translation>Pain Points je Abteilung</translation>
    </message>
    <message>
        <source>Pain points the department is accountable for.</source>
        <translation>Pain Points, für die die Abteilung verantwortlich ist.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Number: cards the department owns or contributes to in the stage. Colour: the mean emotion of those cards. Empty: no cards.</source>
        <translation>Zahl: Karten, die die Abteilung in der Phase verantwortet oder an denen sie beteiligt ist. Farbe: die mittlere Emotion dieser Karten. Leer: keine Karten.</translation>
    </message>
    <message>
        <source>Priorities by department</source>
        <translation>Prioritäten nach Abteilung</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Customer feedback and recognition</source>
        <translation>Kundenfeedback und Anerkennung</translation>
    </message>
    <message>
        <source>Feedback dated in the last 90 days on this journey&apos;s cards. Praise on a customer moment is credited along the links to the back-stage and support work that fed it.</source>
        <translation>Feedback der letzten 90 Tage zu den Karten dieser Journey. Lob für einen Kundenmoment wird entlang der Verknüpfungen den Backstage-Prozessen und Unterstützungsprozessen gutgeschrieben, die ihn gespeist haben.</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>Keine Map geöffnet.</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle Journeys</translation>
    </message>
    <message>
        <source>%1 · lens: %2</source>
        <translation>%1 · Fokus: %2</translation>
    </message>
    <message>
        <source>%1 · all departments</source>
        <translation>%1 · alle Abteilungen</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 in %2: %3 cards</source>
        <translation>%1 in %2: %3 Karten</translation>
    </message>
    <message>
        <source>%1: %2 cards</source>
        <translation>%1: %2 Karten</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Aktueller Zustand</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Künftiger Zustand</translation>
    </message>
    <message>
        <source>%1 %2 (%3 pain points)</source>
        <translation>%1 %2 (%3 Pain Points)</translation>
    </message>
    <message>
        <source>%1: priority %2 (%3 pain points)</source>
        <translation>%1: Priorität %2 (%3 Pain Points)</translation>
    </message>
    <message>
        <source>Priority of the pain points owned: %1</source>
        <translation>Priorität der verantworteten Pain Points: %1</translation>
    </message>
    <message>
        <source>Customer feedback and recognition · %1</source>
        <translation>Kundenfeedback und Anerkennung · %1</translation>
    </message>
    <message>
        <source>on %1&apos;s cards</source>
        <translation>zu den Karten von %1</translation>
    </message>
    <message>
        <source>on this journey&apos;s cards</source>
        <translation>zu den Karten dieser Journey</translation>
    </message>
    <message>
        <source>No feedback dated since %1 %2.</source>
        <translation>Kein Feedback seit %1 %2.</translation>
    </message>
    <message>
        <source>%1 praise</source>
        <translation>Lob: %1</translation>
    </message>
    <message>
        <source>mean sentiment %1</source>
        <translation>mittlere Stimmung %1</translation>
    </message>
    <message>
        <source>Since %1 %2: %3.</source>
        <translation>Seit %1 %2: %3.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 % (%3)</source>
        <translation>%1 %2 % (%3)</translation>
    </message>
    <message>
        <source>NPS by stage (answers): %1</source>
        <translation>NPS je Phase (Antworten): %1</translation>
    </message>
    <message>
        <source>CSAT by stage (answers): %1</source>
        <translation>CSAT je Phase (Antworten): %1</translation>
    </message>
    <message>
        <source>Unsorted feedback waiting for its card: %1 (View &gt; Feedback).</source>
        <translation>Unsortiertes Feedback, das noch einer Karte zugeordnet werden muss: %1 (Ansicht &gt; Feedback).</translation>
    </message>
    <message>
        <source>Praise credited to the work behind it:</source>
        <translation>Lob, gutgeschrieben der Arbeit dahinter:</translation>
    </message>
    <message>
        <source>• “%1” (%2) %3</source>
        <translation>• „%1“ (%2) %3</translation>
    </message>
    <message>
        <source>• “%1” %2</source>
        <translation>• „%1“ %2</translation>
    </message>
    <message>
        <source>Unowned</source>
        <translation>Ohne Abteilung</translation>
    </message>
    <message>
        <source>Cards per stage, by accountable department</source>
        <translation>Karten je Phase, nach verantwortlicher Abteilung</translation>
    </message>
    <message>
        <source>%1 highlighted: %2 of %3 cards</source>
        <translation>%1 hervorgehoben: %2 von %3 Karten</translation>
    </message>
    <message>
        <source>No emotions rated in this journey yet.</source>
        <translation>In dieser Journey sind noch keine Emotionen bewertet.</translation>
    </message>
    <message>
        <source>Current state: %1. Future state: %2.</source>
        <translation>Aktueller Zustand: %1. Künftiger Zustand: %2.</translation>
    </message>
    <message>
        <source>Emotion per stage: current and future state</source>
        <translation>Emotion je Phase: aktueller und künftiger Zustand</translation>
    </message>
    <message>
        <source>Pain points per department, by priority</source>
        <translation>Pain Points je Abteilung, nach Priorität</translation>
    </message>
    <message>
        <source>%1 highlighted (▶): %2 pain points, priority %3</source>
        <translation>%1 hervorgehoben (▶): %2 Pain Points, Priorität %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Coverage: departments by stage</source>
        <translation>Abdeckung: Abteilungen nach Phase</translation>
    </message>
    <message>
        <source>%1 highlighted</source>
        <translation>%1 hervorgehoben</translation>
    </message>
    <message>
        <source>Priorities of %1</source>
        <translation>Prioritäten von %1</translation>
    </message>
    <message>
        <source>Its top %1 pain points and opportunities by priority: </source>
        <translation>Die %1 wichtigsten Pain Points und Chancen der Abteilung nach Priorität: </translation>
    </message>
    <message>
        <source>The top %1 pain points and opportunities of each department by priority: </source>
        <translation>Die %1 wichtigsten Pain Points und Chancen jeder Abteilung nach Priorität: </translation>
    </message>
    <message>
        <source>severity (or impact) × (1 + unhappy customer moments it reaches along links) + votes + how unhappy the card itself is.</source>
        <translation>Schweregrad (oder Auswirkung) × (1 + unzufriedene Kundenmomente, die die Karte entlang der Verknüpfungen erreicht) + Stimmen + wie unzufrieden die Karte selbst ist.</translation>
    </message>
    <message>
        <source>%1 owns no pain points or opportunities here yet.</source>
        <translation>%1 verantwortet hier noch keine Pain Points oder Chancen.</translation>
    </message>
    <message>
        <source>No pain points or opportunities here yet.</source>
        <translation>Hier gibt es noch keine Pain Points oder Chancen.</translation>
    </message>
    <message>
        <source>KPIs of the cards %1 owns or contributes to</source>
        <translation>KPIs der Karten von %1 (verantwortet oder beteiligt)</translation>
    </message>
    <message>
        <source>KPIs against their targets</source>
        <translation>KPIs im Vergleich zu ihren Zielwerten</translation>
    </message>
    <message>
        <source>No KPIs here yet.</source>
        <translation>Hier gibt es noch keine KPIs.</translation>
    </message>
    <message>
        <source>%1 of %2 off target. </source>
        <translation>%1 von %2 außerhalb des Zielwerts. </translation>
    </message>
    <message>
        <source>NPS, CSAT and CES (1–7 ease scale): higher is better. Free KPIs have no known direction: a miss on either side counts (▼ below, ▲ above the target).</source>
        <translation>NPS, CSAT und CES (Leichtigkeitsskala 1–7): höher ist besser. Freie KPIs haben keine bekannte Richtung: Eine Abweichung in beide Richtungen zählt (▼ unter, ▲ über dem Ziel).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Feedback-Eintrag</numerusform>
            <numerusform>%n Feedback-Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n Beschwerde</numerusform>
            <numerusform>%n Beschwerden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a date are left out of the period.</source>
        <translation>
            <numerusform>%n Eintrag ohne Datum wird im Zeitraum nicht berücksichtigt.</numerusform>
            <numerusform>%n Einträge ohne Datum werden im Zeitraum nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fed %n praised moment(s)</source>
        <translation>
            <numerusform>hat %n gelobten Moment gespeist</numerusform>
            <numerusform>hat %n gelobte Momente gespeist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::DepartmentDialog</name>
    <message>
        <source>Remove department</source>
        <translation>Abteilung entfernen</translation>
    </message>
    <message>
        <source>“%1” is accountable for %2 and contributes to %3 more. Which department takes them over?</source>
        <translation>„%1“ ist für %2 verantwortlich und an %3 weiteren beteiligt. Welche Abteilung übernimmt sie?</translation>
    </message>
    <message>
        <source>What happens to the cards</source>
        <translation>Was mit den Karten geschieht</translation>
    </message>
    <message>
        <source>Department that takes over the cards</source>
        <translation>Abteilung, die die Karten übernimmt</translation>
    </message>
    <message>
        <source>Nobody (leave the cards unowned)</source>
        <translation>Niemand (Karten ohne Abteilung lassen)</translation>
    </message>
    <message>
        <source>The cards it contributes to get the new department as a contributor. Undo restores everything.</source>
        <translation>Bei den Karten, an denen die entfernte Abteilung beteiligt ist, wird die neue Abteilung als beteiligt eingetragen. Mit Rückgängig wird alles wiederhergestellt.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the department</source>
        <translation>Abteilung entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Abteilung hinzufügen</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Abteilung bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Customer Support</source>
        <translation>z. B. Kundenservice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>2–4 letters</source>
        <translation>2–4 Buchstaben</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>2 to 4 letters shown on the cards&apos; chips</source>
        <translation>2 bis 4 Buchstaben, die in den Chips auf den Karten erscheinen</translation>
    </message>
    <message>
        <source>Chip preview</source>
        <translation>Chip-Vorschau</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Kurzname:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Choose any colour</source>
        <translation>Beliebige Farbe wählen</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>Wer dafür zuständig ist</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>&amp;Leitung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Default colours</source>
        <translation>Standardfarben</translation>
    </message>
    <message>
        <source>Colour %1 (%2&apos;s default)</source>
        <translation>Farbe %1 (Standard für %2)</translation>
    </message>
    <message>
        <source>Current colour %1</source>
        <translation>Aktuelle Farbe %1</translation>
    </message>
    <message>
        <source>Department colour</source>
        <translation>Abteilungsfarbe</translation>
    </message>
    <message>
        <source>Give the department a name.</source>
        <translation>Geben Sie der Abteilung einen Namen.</translation>
    </message>
    <message>
        <source>There is already a department called “%1”. Names must differ, whatever their capitals.</source>
        <translation>Es gibt bereits eine Abteilung namens „%1“. Namen müssen sich unterscheiden, unabhängig von Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>The short name needs 2 to 4 letters or digits: the cards&apos; chips show it next to the colour.</source>
        <translation>Der Kurzname braucht 2 bis 4 Buchstaben oder Ziffern: Die Chips auf den Karten zeigen ihn neben der Farbe.</translation>
    </message>
    <message>
        <source>“%1” already goes by %2: each department needs its own short name.</source>
        <translation>„%1“ verwendet bereits %2: Jede Abteilung braucht einen eigenen Kurznamen.</translation>
    </message>
    <message>
        <source>Remove the department “%1”? No card refers to it.</source>
        <translation>Abteilung „%1“ entfernen? Keine Karte verweist darauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::DepartmentPanel</name>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>(target %1)</source>
        <translation>(Ziel %1)</translation>
    </message>
    <message>
        <source>▼ off target</source>
        <translation>▼ Ziel verfehlt</translation>
    </message>
    <message>
        <source>▲ off target</source>
        <translation>▲ Ziel verfehlt</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Beteiligt</translation>
    </message>
    <message>
        <source>pain: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>Pain Point</translation>
    </message>
    <message>
        <source>last reviewed %1 by %2</source>
        <translation>zuletzt geprüft am %1 von %2</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>nie geprüft</translation>
    </message>
    <message>
        <source>Not reviewed %1 (%2)</source>
        <translation>Nicht geprüft %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>None in this journey yet.</source>
        <translation>In dieser Journey noch keine.</translation>
    </message>
    <message>
        <source>Customer moments it feeds (%1)</source>
        <translation>Gespeiste Kundenmomente (%1)</translation>
    </message>
    <message>
        <source>%1 unhappy</source>
        <translation>%1 unzufrieden</translation>
    </message>
    <message>
        <source>Front-stage cards reached along links from the cards this department is accountable for</source>
        <translation>Frontstage-Karten, die entlang der Verknüpfungen von den Karten erreicht werden, für die diese Abteilung verantwortlich ist</translation>
    </message>
    <message>
        <source>%1 at stake</source>
        <translation>auf dem Spiel: %1</translation>
    </message>
    <message>
        <source>no emotion rated</source>
        <translation>keine Emotion bewertet</translation>
    </message>
    <message>
        <source>None: no links lead from its cards to a customer moment.</source>
        <translation>Keine: Von den Karten der Abteilung führen keine Verknüpfungen zu einem Kundenmoment.</translation>
    </message>
    <message>
        <source>Opportunities by priority (%1)</source>
        <translation>Chancen nach Priorität (%1)</translation>
    </message>
    <message>
        <source>Pain points by priority (%1)</source>
        <translation>Pain Points nach Priorität (%1)</translation>
    </message>
    <message>
        <source>Ranked by severity (or impact) × (1 + unhappy customer moments reached along links) + votes + how unhappy the card itself is</source>
        <translation>Geordnet nach Schweregrad (oder Auswirkung) × (1 + entlang der Verknüpfungen erreichte unzufriedene Kundenmomente) + Stimmen + wie unzufrieden die Karte selbst ist</translation>
    </message>
    <message>
        <source>None: it owns no opportunities here.</source>
        <translation>Keine: Die Abteilung verantwortet hier keine Chancen.</translation>
    </message>
    <message>
        <source>None: it owns no pain points here.</source>
        <translation>Keine: Die Abteilung verantwortet hier keine Pain Points.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Feedback on the cards this department is accountable for, dated in the last 90 days</source>
        <translation>Feedback der letzten 90 Tage zu den Karten, für die diese Abteilung verantwortlich ist</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keines in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 praise</source>
        <translation>Lob: %1</translation>
    </message>
    <message>
        <source>mean sentiment %1</source>
        <translation>mittlere Stimmung %1</translation>
    </message>
    <message>
        <source>praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Praise its work earned (%1)</source>
        <translation>Lob für ihre Arbeit (%1)</translation>
    </message>
    <message>
        <source>Praised customer moments it owns, and those its back-stage and support cards fed along the links</source>
        <translation>Gelobte Kundenmomente, die die Abteilung verantwortet, und solche, die ihre Backstage- und Unterstützungskarten entlang der Verknüpfungen gespeist haben</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Departments and the selected department&apos;s cards</source>
        <translation>Abteilungen und die Karten der ausgewählten Abteilung</translation>
    </message>
    <message>
        <source>Department list</source>
        <translation>Abteilungsliste</translation>
    </message>
    <message>
        <source>Departments with owned, contributed and pain-point counts</source>
        <translation>Abteilungen mit Anzahl verantworteter Karten, beteiligter Karten und Pain Points</translation>
    </message>
    <message>
        <source>Counts: owned · contributed · pain points</source>
        <translation>Anzahl: verantwortet · beteiligt · Pain Points</translation>
    </message>
    <message>
        <source>Legend of the counts</source>
        <translation>Legende der Anzahlen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a department</source>
        <translation>Abteilung hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected department</source>
        <translation>Ausgewählte Abteilung bearbeiten</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected department</source>
        <translation>Ausgewählte Abteilung entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected department up</source>
        <translation>Ausgewählte Abteilung nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected department down</source>
        <translation>Ausgewählte Abteilung nach unten verschieben</translation>
    </message>
    <message>
        <source>Selected department</source>
        <translation>Ausgewählte Abteilung</translation>
    </message>
    <message>
        <source>Pick a department to see its cards in this journey and the customer moments they feed.</source>
        <translation>Wählen Sie eine Abteilung, um ihre Karten in dieser Journey und die Kundenmomente zu sehen, die sie speisen.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Department chip</source>
        <translation>Abteilungskürzel</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Abteilungsname</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Abteilungsleitung</translation>
    </message>
    <message>
        <source>Department description</source>
        <translation>Abteilungsbeschreibung</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Mark All Reviewed</source>
        <translation>Alle als geprüft markieren</translation>
    </message>
    <message>
        <source>Mark all its cards on this journey reviewed</source>
        <translation>Alle Karten der Abteilung in dieser Journey als geprüft markieren</translation>
    </message>
    <message>
        <source>Digest…</source>
        <translation>Zusammenfassung…</translation>
    </message>
    <message>
        <source>What changed on its cards since its last review, to paste</source>
        <translation>Was sich seit der letzten Prüfung an den Karten der Abteilung geändert hat, zum Einfügen</translation>
    </message>
    <message>
        <source>The department&apos;s cards by stage, and the customer moments they feed</source>
        <translation>Die Karten der Abteilung nach Phase und die Kundenmomente, die sie speisen</translation>
    </message>
    <message>
        <source>ALL</source>
        <translation>ALLE</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source> by the departments together; %1 unowned</source>
        <translation> – alle Abteilungen zusammen; %1 ohne verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>%1 owned, %2 contributed, %3 pain points</source>
        <translation>%1 verantwortlich, %2 beteiligt, %3 Pain Points</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Leitung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) away</source>
        <translation>
            <numerusform>%n Verknüpfung entfernt</numerusform>
            <numerusform>%n Verknüpfungen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer feedback (%n item(s) %1)</source>
        <translation>
            <numerusform>Kundenfeedback (%n Eintrag %1)</numerusform>
            <numerusform>Kundenfeedback (%n Einträge %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n Beschwerde</numerusform>
            <numerusform>%n Beschwerden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fed %n praised moment(s)</source>
        <translation>
            <numerusform>hat %n gelobten Moment gespeist</numerusform>
            <numerusform>hat %n gelobte Momente gespeist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Digest</name>
    <message>
        <source>No department with id %1</source>
        <translation>Keine Abteilung mit der ID %1</translation>
    </message>
    <message>
        <source>%1: changes since its last review on %2</source>
        <translation>%1: Änderungen seit der letzten Prüfung am %2</translation>
    </message>
    <message>
        <source>%1: changes since %2</source>
        <translation>%1: Änderungen seit %2</translation>
    </message>
    <message>
        <source>No card of %1 was added, removed or changed since %2.</source>
        <translation>Seit %2 wurde keine Karte von %1 hinzugefügt, entfernt oder geändert.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>KPIs that moved</source>
        <translation>Veränderte KPIs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>(target %1)</source>
        <translation>(Ziel %1)</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>Not reviewed %1</source>
        <translation>Nicht geprüft %1</translation>
    </message>
    <message>
        <source>Customer feedback since %1</source>
        <translation>Kundenfeedback seit %1</translation>
    </message>
    <message>
        <source>Praise: %1 on %2</source>
        <translation>Lob: %1 zu %2</translation>
    </message>
    <message>
        <source>Complaint: %1 on %2</source>
        <translation>Beschwerde: %1 zu %2</translation>
    </message>
    <message>
        <source>Praised moments it owns or feeds</source>
        <translation>Gelobte Momente, die die Abteilung verantwortet oder speist</translation>
    </message>
</context>
<context>
    <name>cx::DigestDialog</name>
    <message>
        <source>Digest: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>&amp;Markdown (for a chat or a wiki)</source>
        <translation>&amp;Markdown (für einen Chat oder ein Wiki)</translation>
    </message>
    <message>
        <source>Digest text</source>
        <translation>Text der Zusammenfassung</translation>
    </message>
    <message>
        <source>Changes &amp;since:</source>
        <translation>Änderungen &amp;seit:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied: paste it into an e-mail or a chat.</source>
        <translation>Kopiert: Fügen Sie den Text in eine E-Mail oder einen Chat ein.</translation>
    </message>
</context>
<context>
    <name>cx::DockLayout</name>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>This session&apos;s undo steps</source>
        <translation>Die Rückgängig-Schritte dieser Sitzung</translation>
    </message>
    <message>
        <source>Map History</source>
        <translation>Map-Verlauf</translation>
    </message>
    <message>
        <source>Every change saved with the map: who, when and what</source>
        <translation>Jede mit der Map gespeicherte Änderung: wer, wann und was</translation>
    </message>
    <message>
        <source>Show Map History</source>
        <translation>Map-Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Punktabstimmung</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>cx::Document</name>
    <message>
        <source>Cannot create the autosave folder %1</source>
        <translation>Der Ordner für automatische Sicherungen kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot save during an edit</source>
        <translation>Während einer laufenden Bearbeitung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The document is read-only%1</source>
        <translation>Das Dokument ist schreibgeschützt%1</translation>
    </message>
    <message>
        <source>The history cannot be pruned during an edit</source>
        <translation>Der Verlauf kann während einer laufenden Bearbeitung nicht gekürzt werden</translation>
    </message>
    <message>
        <source>The map is read-only, so no version can be taken: %1</source>
        <translation>Die Map ist schreibgeschützt, daher kann keine Version festgehalten werden: %1</translation>
    </message>
    <message>
        <source>A version cannot be taken during an edit</source>
        <translation>Während einer laufenden Bearbeitung kann keine Version festgehalten werden</translation>
    </message>
    <message>
        <source>Version %1 is damaged: %2</source>
        <translation>Version %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 exists: a version is restored as a new map</source>
        <translation>%1 existiert bereits: Eine Version wird als neue Map wiederhergestellt</translation>
    </message>
    <message>
        <source>No template “%1”; there are: %2</source>
        <translation>Es gibt keine Vorlage „%1“; vorhanden sind: %2</translation>
    </message>
    <message>
        <source>A version needs a name</source>
        <translation>Eine Version braucht einen Namen</translation>
    </message>
    <message>
        <source>A version&apos;s name cannot hold control characters</source>
        <translation>Der Name einer Version darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>There is already a version called “%1”</source>
        <translation>Es gibt bereits eine Version namens „%1“</translation>
    </message>
    <message>
        <source>Card id in use</source>
        <translation>Die Karten-ID ist schon vergeben</translation>
    </message>
    <message>
        <source>The card refers to a missing stage, lane, department or participant</source>
        <translation>Die Karte verweist auf eine fehlende Phase, Bahn, Abteilung oder Teilnehmer:in</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Diese Karte gibt es nicht</translation>
    </message>
    <message>
        <source>The card refers to a missing department or participant, or has a bad emotion or vote count</source>
        <translation>Die Karte verweist auf eine fehlende Abteilung oder Teilnehmer:in oder hat eine ungültige Emotion oder Stimmenzahl</translation>
    </message>
    <message>
        <source>A card moves only within its journey</source>
        <translation>Eine Karte lässt sich nur innerhalb ihrer Journey verschieben</translation>
    </message>
    <message>
        <source>The card still has links</source>
        <translation>Die Karte hat noch Verknüpfungen</translation>
    </message>
    <message>
        <source>The card still has feedback</source>
        <translation>Die Karte hat noch Kundenfeedback</translation>
    </message>
    <message>
        <source>Link id in use</source>
        <translation>Die Verknüpfungs-ID ist schon vergeben</translation>
    </message>
    <message>
        <source>A card cannot link to itself</source>
        <translation>Eine Karte kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>A link joins two cards of the same journey</source>
        <translation>Eine Verknüpfung verbindet zwei Karten derselben Journey</translation>
    </message>
    <message>
        <source>No such link</source>
        <translation>Diese Verknüpfung gibt es nicht</translation>
    </message>
    <message>
        <source>Department id in use</source>
        <translation>Die Abteilungs-ID ist schon vergeben</translation>
    </message>
    <message>
        <source>No such department</source>
        <translation>Diese Abteilung gibt es nicht</translation>
    </message>
    <message>
        <source>The department still owns or contributes to cards</source>
        <translation>Die Abteilung ist noch für Karten verantwortlich oder daran beteiligt</translation>
    </message>
    <message>
        <source>Persona id in use</source>
        <translation>Die Persona-ID ist schon vergeben</translation>
    </message>
    <message>
        <source>No such persona</source>
        <translation>Diese Persona gibt es nicht</translation>
    </message>
    <message>
        <source>A journey still follows this persona</source>
        <translation>Eine Journey folgt noch dieser Persona</translation>
    </message>
    <message>
        <source>Participant id in use</source>
        <translation>Die Teilnehmer-ID ist schon vergeben</translation>
    </message>
    <message>
        <source>A dot budget cannot be negative</source>
        <translation>Ein Punktebudget kann nicht negativ sein</translation>
    </message>
    <message>
        <source>No such participant</source>
        <translation>Diese Teilnehmer:in gibt es nicht</translation>
    </message>
    <message>
        <source>A card still holds this participant&apos;s dots</source>
        <translation>Eine Karte trägt noch Punkte dieser Teilnehmer:in</translation>
    </message>
    <message>
        <source>Journey id in use</source>
        <translation>Die Journey-ID ist schon vergeben</translation>
    </message>
    <message>
        <source>No such journey</source>
        <translation>Diese Journey gibt es nicht</translation>
    </message>
    <message>
        <source>The journey is not empty</source>
        <translation>Die Journey ist nicht leer</translation>
    </message>
    <message>
        <source>A future-state journey was cloned from this journey</source>
        <translation>Aus dieser Journey wurde ein künftiger Zustand geklont</translation>
    </message>
    <message>
        <source>Stage id in use</source>
        <translation>Die Phasen-ID ist schon vergeben</translation>
    </message>
    <message>
        <source>No such stage</source>
        <translation>Diese Phase gibt es nicht</translation>
    </message>
    <message>
        <source>The stage still holds cards</source>
        <translation>Die Phase enthält noch Karten</translation>
    </message>
    <message>
        <source>Lane id in use</source>
        <translation>Die Bahn-ID ist schon vergeben</translation>
    </message>
    <message>
        <source>No such lane</source>
        <translation>Diese Bahn gibt es nicht</translation>
    </message>
    <message>
        <source>The lane still holds cards</source>
        <translation>Die Bahn enthält noch Karten</translation>
    </message>
    <message>
        <source>A review interval is 1 to 3650 days</source>
        <translation>Ein Prüfintervall umfasst 1 bis 3650 Tage</translation>
    </message>
    <message>
        <source>Feedback needs an id</source>
        <translation>Ein Feedback braucht eine ID</translation>
    </message>
    <message>
        <source>Invalid feedback</source>
        <translation>Ungültiges Feedback</translation>
    </message>
    <message>
        <source>No such feedback</source>
        <translation>Dieses Feedback gibt es nicht</translation>
    </message>
</context>
<context>
    <name>cx::DocumentController</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Not shown: the picture of %1 is not PNG or JPEG</source>
        <translation>Nicht angezeigt: Das Bild von %1 ist kein PNG oder JPEG</translation>
    </message>
    <message>
        <source>Cannot open the team map “%1”</source>
        <translation>Die Team-Map „%1“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Others&apos; changes appear as they make them; yours are saved as you make them</source>
        <translation>Änderungen anderer erscheinen sofort; Ihre eigenen werden sofort gespeichert</translation>
    </message>
    <message>
        <source>Keep this map?</source>
        <translation>Diese Map behalten?</translation>
    </message>
    <message>
        <source>This map has no name yet. Save it under a name, or discard it?</source>
        <translation>Diese Map hat noch keinen Namen. Möchten Sie sie unter einem Namen speichern oder verwerfen?</translation>
    </message>
    <message>
        <source>Blank map: stages and blueprint lanes</source>
        <translation>Leere Map: Phasen und Blueprint-Bahnen</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Ausgangspunkt:</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>Die Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Cannot start a map</source>
        <translation>Die Map kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Journey Map</source>
        <translation>Journey Map öffnen</translation>
    </message>
    <message>
        <source>CXMap maps (*.cxmap);;All files (*)</source>
        <translation>CXMap-Maps (*.cxmap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CXMap maps (*.cxmap)</source>
        <translation>CXMap-Maps (*.cxmap)</translation>
    </message>
    <message>
        <source>Save Map As</source>
        <translation>Map speichern unter</translation>
    </message>
    <message>
        <source>Every edit is already saved in this file</source>
        <translation>Jede Änderung ist bereits in dieser Datei gespeichert</translation>
    </message>
    <message>
        <source>Cannot save as %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved an offline copy as %1; this window stays on the team map</source>
        <translation>Offline-Kopie als %1 gespeichert; dieses Fenster bleibt bei der Team-Map</translation>
    </message>
    <message>
        <source>Now working on %1</source>
        <translation>Sie arbeiten jetzt in %1</translation>
    </message>
    <message>
        <source>Save a Copy without History</source>
        <translation>Kopie ohne Verlauf speichern</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1</source>
        <translation>Kopie kann nicht als %1 gespeichert werden</translation>
    </message>
    <message>
        <source>That is this map&apos;s own file: choose another name.</source>
        <translation>Das ist die Datei dieser Map selbst: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saved a copy without history as %1; this window stays on this map</source>
        <translation>Kopie ohne Verlauf als %1 gespeichert; dieses Fenster bleibt bei dieser Map</translation>
    </message>
    <message>
        <source>Export Journey as PNG</source>
        <translation>Journey als PNG exportieren</translation>
    </message>
    <message>
        <source>Export Journey as SVG</source>
        <translation>Journey als SVG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Exported without some characters</source>
        <translation>Ohne einige Zeichen exportiert</translation>
    </message>
    <message>
        <source>Import Customer Feedback</source>
        <translation>Kundenfeedback importieren</translation>
    </message>
    <message>
        <source>Survey and ticket exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Umfrage- und Ticket-Exporte (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import feedback</source>
        <translation>Feedback kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB</source>
        <translation>%1 ist größer als 512 MB</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Export Customer Feedback as CSV</source>
        <translation>Kundenfeedback als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the feedback</source>
        <translation>Das Feedback kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Recognition Sheet</source>
        <translation>Anerkennungsblatt exportieren</translation>
    </message>
    <message>
        <source>Cannot export the recognition sheet</source>
        <translation>Das Anerkennungsblatt kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export Map as JSON</source>
        <translation>Map als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exported %1 without history: %2</source>
        <translation>%1 ohne Verlauf exportiert: %2</translation>
    </message>
    <message>
        <source>Export Journey as CSV</source>
        <translation>Journey als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Journey as Mermaid</source>
        <translation>Journey als Mermaid exportieren</translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd *.md);;All files (*)</source>
        <translation>Mermaid-Diagramme (*.mmd *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Cards from CSV</source>
        <translation>Karten aus CSV importieren</translation>
    </message>
    <message>
        <source>Import a Mermaid Journey</source>
        <translation>Mermaid-Journey importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Mermaid diagrams (*.mmd *.md *.txt);;All files (*)</source>
        <translation>Mermaid-Diagramme (*.mmd *.md *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import a Map from JSON</source>
        <translation>Map aus JSON importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 as a new map: Save As names it</source>
        <translation>%1 als neue Map importiert: Mit „Speichern unter“ geben Sie ihr einen Namen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n card(s) from %1 (one undo step)</source>
        <translation>
            <numerusform>%n Karte aus %1 importiert (ein Rückgängig-Schritt)</numerusform>
            <numerusform>%n Karten aus %1 importiert (ein Rückgängig-Schritt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Emotion</name>
    <message>
        <source>Angry</source>
        <translation>Verärgert</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <translation>Frustriert</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Pleased</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Delighted</source>
        <translation>Begeistert</translation>
    </message>
</context>
<context>
    <name>cx::Feedback</name>
    <message>
        <source>A sentiment goes from -2 to +2</source>
        <translation>Eine Stimmung reicht von -2 bis +2</translation>
    </message>
    <message>
        <source>An NPS score goes from 0 to 10</source>
        <translation>Ein NPS-Wert reicht von 0 bis 10</translation>
    </message>
    <message>
        <source>A CSAT score goes from 1 to 5</source>
        <translation>Ein CSAT-Wert reicht von 1 bis 5</translation>
    </message>
    <message>
        <source>A score needs its scale (NPS or CSAT)</source>
        <translation>Ein Wert braucht eine Skala (NPS oder CSAT)</translation>
    </message>
    <message>
        <source>Feedback may hold at most a million characters</source>
        <translation>Feedback darf höchstens eine Million Zeichen enthalten</translation>
    </message>
    <message>
        <source>A feedback item&apos;s segment, reference or card may hold at most 1000 characters</source>
        <translation>Segment, Referenz und Karte eines Feedback-Eintrags dürfen höchstens 1000 Zeichen enthalten</translation>
    </message>
    <message>
        <source>Redacted feedback keeps no words</source>
        <translation>Geschwärztes Feedback enthält keinen Wortlaut</translation>
    </message>
    <message>
        <source>Only unsorted feedback names candidate cards</source>
        <translation>Nur unsortiertes Feedback nennt mögliche Karten</translation>
    </message>
</context>
<context>
    <name>cx::FeedbackAsk</name>
    <message>
        <source>The items stay and still count. Undo brings the words back while the map is open; once it is closed they cannot be brought back.</source>
        <translation>Die Einträge bleiben erhalten und zählen weiter. Solange die Map geöffnet ist, stellt Rückgängig den Wortlaut wieder her; nach dem Schließen lässt er sich nicht mehr wiederherstellen.</translation>
    </message>
    <message>
        <source>Redact Feedback</source>
        <translation>Feedback schwärzen</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Schwärzen</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <source>Undo brings them back while the map is open.</source>
        <translation>Solange die Map geöffnet ist, stellt Rückgängig sie wieder her.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the customer&apos;s words from %n feedback item(s)?</source>
        <translation>
            <numerusform>Die Kundenaussage aus diesem Feedback-Eintrag entfernen?</numerusform>
            <numerusform>Die Kundenaussagen aus %n Feedback-Einträgen entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback item(s)?</source>
        <translation>
            <numerusform>Diesen Feedback-Eintrag löschen?</numerusform>
            <numerusform>%n Feedback-Einträge löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::FeedbackBox</name>
    <message>
        <source>Customer feedback on this card</source>
        <translation>Kundenfeedback zu dieser Karte</translation>
    </message>
    <message>
        <source>Customer feedback items</source>
        <translation>Feedback-Einträge</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add what a customer said about this card (Ctrl+Alt+F)</source>
        <translation>Eine Kundenaussage zu dieser Karte hinzufügen (Ctrl+Alt+F)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected feedback item</source>
        <translation>Den ausgewählten Feedback-Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Move to Card…</source>
        <translation>Auf Karte verschieben…</translation>
    </message>
    <message>
        <source>Put the selected feedback on another card</source>
        <translation>Das ausgewählte Feedback einer anderen Karte zuordnen</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Schwärzen</translation>
    </message>
    <message>
        <source>Remove the customer&apos;s words and keep the item in the counts</source>
        <translation>Die Kundenaussage entfernen und den Eintrag weiter mitzählen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected feedback items (Delete)</source>
        <translation>Die ausgewählten Feedback-Einträge löschen (Entf)</translation>
    </message>
    <message>
        <source>Why the change was not made</source>
        <translation>Warum die Änderung nicht vorgenommen wurde</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <source>Words redacted</source>
        <translation>Wortlaut geschwärzt</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(kein Wortlaut)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>…and %1 more in the Feedback panel</source>
        <translation>…und %1 weitere im Bereich „Feedback“</translation>
    </message>
    <message>
        <source>Move Feedback to Card</source>
        <translation>Feedback auf Karte verschieben</translation>
    </message>
</context>
<context>
    <name>cx::FeedbackDialog</name>
    <message>
        <source>Edit Customer Feedback</source>
        <translation>Kundenfeedback bearbeiten</translation>
    </message>
    <message>
        <source>Add Customer Feedback</source>
        <translation>Kundenfeedback hinzufügen</translation>
    </message>
    <message>
        <source>The card the feedback is about</source>
        <translation>Die Karte, auf die sich das Feedback bezieht</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>Die Kundenaussage</translation>
    </message>
    <message>
        <source>What the customer said, word for word</source>
        <translation>Was der Kunde gesagt hat, im Wortlaut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>−2 very negative</source>
        <translation>−2 sehr negativ</translation>
    </message>
    <message>
        <source>−1 negative</source>
        <translation>−1 negativ</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutral</translation>
    </message>
    <message>
        <source>+1 positive</source>
        <translation>+1 positiv</translation>
    </message>
    <message>
        <source>+2 very positive</source>
        <translation>+2 sehr positiv</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Datum bekannt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Segment or persona</source>
        <translation>Segment oder Persona</translation>
    </message>
    <message>
        <source>e.g. Families, new customers</source>
        <translation>z. B. Familien, Neukunden</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>A ticket number or an address, kept as text</source>
        <translation>Eine Ticketnummer oder eine Adresse, als Text gespeichert</translation>
    </message>
    <message>
        <source>Score scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Why the feedback was not kept</source>
        <translation>Warum das Feedback nicht übernommen wurde</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Wortlaut:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>S&amp;entiment:</source>
        <translation>&amp;Stimmung:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>W&amp;ert:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Unsorted feedback</source>
        <translation>Unsortiertes Feedback</translation>
    </message>
    <message>
        <source>Words redacted: they cannot be written again</source>
        <translation>Wortlaut geschwärzt: Er kann nicht erneut eingegeben werden</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Write the customer&apos;s words, or give a kind, sentiment or score.</source>
        <translation>Geben Sie die Kundenaussage ein oder wählen Sie eine Art, eine Stimmung oder einen Wert.</translation>
    </message>
</context>
<context>
    <name>cx::FeedbackImport</name>
    <message>
        <source>--columns: the quote at character %1 never ends</source>
        <translation>--columns: Das Anführungszeichen bei Zeichen %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>say which column holds the customer&apos;s words (text=COLUMN)</source>
        <translation>geben Sie an, welche Spalte die Kundenaussage enthält (text=SPALTE)</translation>
    </message>
    <message>
        <source>say which column names the card (card=COLUMN)</source>
        <translation>geben Sie an, welche Spalte die Karte nennt (card=SPALTE)</translation>
    </message>
    <message>
        <source>say the score&apos;s scale: score=COLUMN:nps (0-10) or score=COLUMN:csat (1-5)</source>
        <translation>geben Sie die Skala des Werts an: score=SPALTE:nps (0-10) oder score=SPALTE:csat (1-5)</translation>
    </message>
    <message>
        <source>--columns: “%1” at character %2 is not FIELD=COLUMN</source>
        <translation>--columns: „%1“ bei Zeichen %2 hat nicht die Form FELD=SPALTE</translation>
    </message>
    <message>
        <source>--columns: unknown field “%1” at character %2; the fields are %3</source>
        <translation>--columns: unbekanntes Feld „%1“ bei Zeichen %2; die Felder sind %3</translation>
    </message>
    <message>
        <source>--columns: “%1” is mapped twice (character %2)</source>
        <translation>--columns: „%1“ ist doppelt zugeordnet (Zeichen %2)</translation>
    </message>
    <message>
        <source>--columns: “%1=” at character %2 names no column</source>
        <translation>--columns: „%1=“ bei Zeichen %2 nennt keine Spalte</translation>
    </message>
    <message>
        <source>--columns: only the score has a scale (“:%1” at character %2)</source>
        <translation>--columns: Nur score hat eine Skala („:%1“ bei Zeichen %2)</translation>
    </message>
    <message>
        <source>--columns: unknown scale “%1” at character %2: nps or csat</source>
        <translation>--columns: unbekannte Skala „%1“ bei Zeichen %2: nps oder csat</translation>
    </message>
    <message>
        <source>--columns: a comma expected at character %1</source>
        <translation>--columns: Komma erwartet bei Zeichen %1</translation>
    </message>
    <message>
        <source>line %1, byte %2: %3</source>
        <translation>Zeile %1, Byte %2: %3</translation>
    </message>
    <message>
        <source>0x%1 is no character in Windows-1252</source>
        <translation>0x%1 ist kein Zeichen in Windows-1252</translation>
    </message>
    <message>
        <source>the byte order mark says UTF-16, but the file has an odd number of bytes: it is cut short or not UTF-16</source>
        <translation>die Byte-Reihenfolge-Markierung (BOM) gibt UTF-16 an, aber die Datei hat eine ungerade Anzahl Bytes: Sie ist abgeschnitten oder nicht in UTF-16</translation>
    </message>
    <message>
        <source>line %1: a lone UTF-16 surrogate 0x%2: the file is damaged</source>
        <translation>Zeile %1: ein einzelnes UTF-16-Surrogat 0x%2: Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>0x%1 is not UTF-8, though the file starts with UTF-8&apos;s byte order mark</source>
        <translation>0x%1 ist kein UTF-8, obwohl die Datei mit der UTF-8-Byte-Reihenfolge-Markierung (BOM) beginnt</translation>
    </message>
    <message>
        <source>read it as Windows-1252 if it comes from Excel or another Windows program</source>
        <translation>lesen Sie sie als Windows-1252 ein, wenn sie aus Excel oder einem anderen Windows-Programm stammt</translation>
    </message>
    <message>
        <source>0x%1 is not UTF-8; %2</source>
        <translation>0x%1 ist kein UTF-8; %2</translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field starts here and never ends</source>
        <translation>Zeile %1, Spalte %2: Ein Feld in Anführungszeichen beginnt hier und wird nie geschlossen</translation>
    </message>
    <message>
        <source>line %1, column %2: text after the closing quote of a quoted field (a quote inside a quoted field is written twice)</source>
        <translation>Zeile %1, Spalte %2: Text nach dem schließenden Anführungszeichen eines Felds in Anführungszeichen (ein Anführungszeichen innerhalb eines solchen Felds wird doppelt geschrieben)</translation>
    </message>
    <message numerus="yes">
        <source>the file has fewer than %n rows to skip and no header after them</source>
        <translation>
            <numerusform>die Datei hat weniger als %n zu überspringende Zeile und danach keine Kopfzeile</numerusform>
            <numerusform>die Datei hat weniger als %n zu überspringende Zeilen und danach keine Kopfzeile</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>line %1, column %2: the header holds a NUL character; is the file UTF-16 without a byte order mark?</source>
        <translation>Zeile %1, Spalte %2: Die Kopfzeile enthält ein NUL-Zeichen; ist die Datei UTF-16 ohne Byte-Reihenfolge-Markierung (BOM)?</translation>
    </message>
    <message>
        <source>line %1: the header has the column %2 more than once</source>
        <translation>Zeile %1: Die Kopfzeile enthält die Spalte %2 mehrfach</translation>
    </message>
    <message>
        <source>line %1: the header has no column %2: it has %3</source>
        <translation>Zeile %1: Die Kopfzeile hat keine Spalte %2, sondern nur %3</translation>
    </message>
    <message>
        <source>line %1: the header has no column “%2” (%3); its columns are: %4</source>
        <translation>Zeile %1: Die Kopfzeile hat keine Spalte „%2“ (%3); ihre Spalten sind: %4</translation>
    </message>
    <message>
        <source>%1 could be day/month or month/day: export dates as yyyy-mm-dd</source>
        <translation>%1 kann Tag/Monat oder Monat/Tag sein: Exportieren Sie Datumsangaben als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1 is not a date (yyyy-mm-dd, an ISO date-time or dd.mm.yyyy)</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT, ISO-Datum mit Uhrzeit oder TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>line %1, column %2 (“%3”): %4</source>
        <translation>Zeile %1, Spalte %2 („%3“): %4</translation>
    </message>
    <message>
        <source>%1 is not an NPS score (a whole number from 0 to 10)</source>
        <translation>%1 ist kein NPS-Wert (eine ganze Zahl von 0 bis 10)</translation>
    </message>
    <message>
        <source>%1 is not a CSAT score (a whole number from 1 to 5)</source>
        <translation>%1 ist kein CSAT-Wert (eine ganze Zahl von 1 bis 5)</translation>
    </message>
    <message>
        <source>%1 is not a sentiment (a whole number from -2 to +2)</source>
        <translation>%1 ist keine Stimmung (eine ganze Zahl von -2 bis +2)</translation>
    </message>
    <message>
        <source>%1 is not a kind of feedback: praise, complaint, suggestion or question</source>
        <translation>%1 ist keine Feedback-Art: praise, complaint, suggestion oder question</translation>
    </message>
    <message>
        <source>%1 is not a source: survey, nps, interview, ticket, review or social</source>
        <translation>%1 ist keine Quelle: survey, nps, interview, ticket, review oder social</translation>
    </message>
    <message>
        <source>longer than %1 characters: is it the right column?</source>
        <translation>länger als %1 Zeichen: Ist es die richtige Spalte?</translation>
    </message>
    <message>
        <source>longer than a million characters</source>
        <translation>länger als eine Million Zeichen</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header (line %3) has %4</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile (Zeile %3) hat aber %4</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header (line %3) has %4; is a delimiter inside a field that is not quoted?</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile (Zeile %3) hat aber %4; steht ein Trennzeichen in einem Feld ohne Anführungszeichen?</translation>
    </message>
    <message>
        <source>a NUL character; is the file UTF-16 without a byte order mark?</source>
        <translation>ein NUL-Zeichen; ist die Datei UTF-16 ohne Byte-Reihenfolge-Markierung (BOM)?</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Import feedback from “%1”</source>
        <translation>Feedback aus „%1“ importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n unsorted</source>
        <translation>
            <numerusform>%n unsortiert</numerusform>
            <numerusform>%n unsortiert</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 matched no card, %2 matched several)</source>
        <translation> (%1 ohne passende Karte, %2 mit mehreren passenden)</translation>
    </message>
    <message>
        <source> (%1 matched no card, %2 matched several, %3 matched a card of a department you may not change)</source>
        <translation> (%1 ohne passende Karte, %2 mit mehreren passenden, %3 mit einer passenden Karte einer Abteilung, die Sie nicht ändern dürfen)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feedback item(s) from %1: </source>
        <translation>
            <numerusform>%n Feedback-Eintrag aus %1 importiert: </numerusform>
            <numerusform>%n Feedback-Einträge aus %1 importiert: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on card(s), </source>
        <translation>
            <numerusform>%n auf einer Karte, </numerusform>
            <numerusform>%n auf Karten, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) without words, score or sentiment skipped</source>
        <translation>
            <numerusform>; %n Zeile ohne Wortlaut, Wert oder Stimmung übersprungen</numerusform>
            <numerusform>; %n Zeilen ohne Wortlaut, Wert oder Stimmung übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n item(s) have no date and count in no period</source>
        <translation>
            <numerusform>; %n Eintrag hat kein Datum und zählt in keinem Zeitraum</numerusform>
            <numerusform>; %n Einträge haben kein Datum und zählen in keinem Zeitraum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::FeedbackImportDialog</name>
    <message>
        <source>Customer&apos;s &amp;words:</source>
        <translation>&amp;Kundenaussage:</translation>
    </message>
    <message>
        <source>&amp;Card (id or title):</source>
        <translation>Kar&amp;te (ID oder Titel):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Se&amp;ntiment (-2..+2):</source>
        <translation>Sti&amp;mmung (-2..+2):</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Se&amp;gment or persona:</source>
        <translation>Se&amp;gment oder Persona:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Import Customer Feedback from “%1”</source>
        <translation>Kundenfeedback aus „%1“ importieren</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or UTF-16 with a byte order mark)</source>
        <translation>Automatisch (UTF-8 oder UTF-16 mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Rows before the header</source>
        <translation>Zeilen vor der Kopfzeile</translation>
    </message>
    <message>
        <source>Extra rows some survey tools write above the column names</source>
        <translation>Zusätzliche Zeilen, die manche Umfragetools über die Spaltennamen schreiben</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>&amp;Rows before the header:</source>
        <translation>Zeilen &amp;vor der Kopfzeile:</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <source>Score scale</source>
        <translation>Score-Skala</translation>
    </message>
    <message>
        <source>Only the columns mapped here are imported: names and e-mail addresses stay out unless you map them into the words. A row whose card matches no card, or several, goes to Unsorted feedback.</source>
        <translation>Importiert werden nur die hier zugeordneten Spalten: Namen und E-Mail-Adressen bleiben außen vor, sofern Sie sie nicht der Kundenaussage zuordnen. Eine Zeile, deren Kartenangabe zu keiner oder zu mehreren Karten passt, landet unter „Unsortiert“.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>choose Windows-1252 as the encoding</source>
        <translation>wählen Sie Windows-1252 als Zeichenkodierung</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2, column names on line %3.</source>
        <translation>Gelesen als %1, Spalten getrennt durch %2, Spaltennamen in Zeile %3.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s words.</source>
        <translation>Wählen Sie die Spalte mit der Kundenaussage.</translation>
    </message>
    <message>
        <source>Choose the column that names the card.</source>
        <translation>Wählen Sie die Spalte, die die Karte nennt.</translation>
    </message>
</context>
<context>
    <name>cx::FeedbackModel</name>
    <message>
        <source>matched no card</source>
        <translation>keine passende Karte</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation>Unsortiert</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Card column said</source>
        <translation>Angabe in der Kartenspalte</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <source>matched %n card(s)</source>
        <translation>
            <numerusform>%n passende Karte</numerusform>
            <numerusform>%n passende Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::FeedbackPanel</name>
    <message>
        <source>Customer feedback</source>
        <translation>Kundenfeedback</translation>
    </message>
    <message>
        <source>Which feedback to list</source>
        <translation>Welches Feedback angezeigt wird</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation>Unsortiert</translation>
    </message>
    <message>
        <source>All feedback</source>
        <translation>Gesamtes Feedback</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Find in the customer&apos;s words</source>
        <translation>In den Kundenaussagen suchen</translation>
    </message>
    <message>
        <source>Find words…</source>
        <translation>Aussagen durchsuchen…</translation>
    </message>
    <message>
        <source>Feedback items</source>
        <translation>Feedback-Einträge</translation>
    </message>
    <message>
        <source>Drag items onto a card on the canvas to put them there</source>
        <translation>Ziehen Sie Einträge auf eine Karte der Arbeitsfläche, um sie ihr zuzuordnen</translation>
    </message>
    <message>
        <source>About the selected item</source>
        <translation>Angaben zum ausgewählten Eintrag</translation>
    </message>
    <message>
        <source>The selected item&apos;s words</source>
        <translation>Aussage des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Assign to Card…</source>
        <translation>Karte zuordnen…</translation>
    </message>
    <message>
        <source>Put the selected items on a card, found by its title (Ctrl+Shift+A)</source>
        <translation>Ausgewählte Einträge einer Karte zuordnen, gesucht nach Titel (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Show Card</source>
        <translation>Karte zeigen</translation>
    </message>
    <message>
        <source>Select the item&apos;s card on the canvas (Enter in the All feedback list)</source>
        <translation>Karte des Eintrags auf der Arbeitsfläche auswählen (Enter in der Liste „Gesamtes Feedback“)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Schwärzen</translation>
    </message>
    <message>
        <source>Remove the customer&apos;s words and keep the items in the counts (Ctrl+Shift+R)</source>
        <translation>Kundenaussage entfernen; die Einträge zählen weiterhin mit (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected items (Delete)</source>
        <translation>Ausgewählte Einträge löschen (Entf)</translation>
    </message>
    <message>
        <source>Unsorted (%1)</source>
        <translation>Unsortiert (%1)</translation>
    </message>
    <message>
        <source>All feedback (%1)</source>
        <translation>Gesamtes Feedback (%1)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>No unsorted feedback: every item is on a card.</source>
        <translation>Kein unsortiertes Feedback: Jeder Eintrag ist einer Karte zugeordnet.</translation>
    </message>
    <message>
        <source>No feedback to show.</source>
        <translation>Kein Feedback zum Anzeigen.</translation>
    </message>
    <message>
        <source>Select an item to read it.</source>
        <translation>Wählen Sie einen Eintrag aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>On the card %1</source>
        <translation>Auf der Karte %1</translation>
    </message>
    <message>
        <source>Its card column said “%1”</source>
        <translation>In der Kartenspalte stand „%1“</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>%1 items selected</source>
        <translation>%1 Einträge ausgewählt</translation>
    </message>
    <message>
        <source>Words redacted</source>
        <translation>Aussage geschwärzt</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(keine Aussage)</translation>
    </message>
    <message>
        <source>No map is open</source>
        <translation>Keine Map geöffnet</translation>
    </message>
</context>
<context>
    <name>cx::FeedbackStats</name>
    <message>
        <source>mean sentiment %1</source>
        <translation>mittlere Stimmung %1</translation>
    </message>
    <message>
        <source>no sentiment given</source>
        <translation>keine Stimmung angegeben</translation>
    </message>
    <message>
        <source>NPS %1 (%2)</source>
        <translation>NPS %1 (%2)</translation>
    </message>
    <message>
        <source>CSAT %1% (%2)</source>
        <translation>CSAT %1 % (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 praise, %n complaint(s)</source>
        <translation>
            <numerusform>Lob: %1, %n Beschwerde</numerusform>
            <numerusform>Lob: %1, %n Beschwerden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::FeedbackText</name>
    <message>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>NPS survey</source>
        <translation>NPS-Umfrage</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Support-Ticket</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Online-Bewertung</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Kein Score</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>Words redacted</source>
        <translation>Aussage geschwärzt</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(keine Aussage)</translation>
    </message>
    <message>
        <source>No customer feedback on this card yet.</source>
        <translation>Zu dieser Karte gibt es noch kein Kundenfeedback.</translation>
    </message>
    <message>
        <source>mean sentiment %1</source>
        <translation>mittlere Stimmung %1</translation>
    </message>
    <message>
        <source>no sentiment given</source>
        <translation>keine Stimmung angegeben</translation>
    </message>
    <message>
        <source>%1 praise</source>
        <translation>Lob: %1</translation>
    </message>
    <message>
        <source>CSAT %1% satisfied</source>
        <translation>CSAT %1 % zufrieden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The map is read-only: %1</source>
        <translation>Die Map ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Its customer feedback is changed by whoever may change the card. %1</source>
        <translation>Das Kundenfeedback einer Karte darf ändern, wer die Karte ändern darf. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n Beschwerde</numerusform>
            <numerusform>%n Beschwerden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Glyphs</name>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>No installed font has the characters %1: the export leaves them out of %2 (%3). Installing fonts-noto-core and fonts-noto-cjk draws most scripts.</source>
        <translation>Keine installierte Schriftart enthält die Zeichen %1: Der Export lässt sie bei %2 (%3) weg. Mit den Paketen fonts-noto-core und fonts-noto-cjk lassen sich die meisten Schriftsysteme darstellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::HistoryPanel</name>
    <message>
        <source> (target %1)</source>
        <translation> (Ziel %1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the map</source>
        <translation>die Map</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmer:in</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>feedback on</source>
        <translation>Feedback zu</translation>
    </message>
    <message>
        <source>unsorted feedback</source>
        <translation>Feedback ohne Karte</translation>
    </message>
    <message>
        <source>Added %1 feedback items</source>
        <translation>%1 Feedback-Einträge hinzugefügt</translation>
    </message>
    <message>
        <source>Removed %1 feedback items</source>
        <translation>%1 Feedback-Einträge entfernt</translation>
    </message>
    <message>
        <source>Changed %1 feedback items</source>
        <translation>%1 Feedback-Einträge geändert</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Redacted %1</source>
        <translation>%1 geschwärzt</translation>
    </message>
    <message>
        <source>Renamed the map: %1</source>
        <translation>Map umbenannt: %1</translation>
    </message>
    <message>
        <source>Changed the map&apos;s %1: %2</source>
        <translation>%1 der Map geändert: %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>%1 geändert: %2</translation>
    </message>
    <message>
        <source>Changed %1 of %2: %3</source>
        <translation>%1 von %2 geändert: %3</translation>
    </message>
    <message>
        <source>accountable department</source>
        <translation>verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>contributing departments</source>
        <translation>beteiligte Abteilungen</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>current journey</source>
        <translation>aktuelle Journey</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>last review</source>
        <translation>letzte Prüfung</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>card named</source>
        <translation>genannte Karte</translation>
    </message>
    <message>
        <source>candidate cards</source>
        <translation>Kandidatenkarten</translation>
    </message>
    <message>
        <source>review interval (days)</source>
        <translation>Prüfintervall (Tage)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changes to the map, newest first</source>
        <translation>Änderungen an der Map, neueste zuerst</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Map</translation>
    </message>
    <message>
        <source>Every change to the map</source>
        <translation>Alle Änderungen an der Map</translation>
    </message>
    <message>
        <source>This card</source>
        <translation>Diese Karte</translation>
    </message>
    <message>
        <source>The changes of the card selected on the canvas</source>
        <translation>Die Änderungen der auf der Arbeitsfläche ausgewählten Karte</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Since date…</source>
        <translation>Seit Datum…</translation>
    </message>
    <message>
        <source>Since date</source>
        <translation>Seit Datum</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Select the card on the canvas (Enter, double-click)</source>
        <translation>Karte auf der Arbeitsfläche auswählen (Enter, Doppelklick)</translation>
    </message>
    <message>
        <source>Restore before</source>
        <translation>Vorher wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this card as it was before this change</source>
        <translation>Diese Karte auf den Stand vor dieser Änderung zurücksetzen</translation>
    </message>
    <message>
        <source>Restore after</source>
        <translation>Nachher wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this card as it was after this change</source>
        <translation>Diese Karte auf den Stand nach dieser Änderung zurücksetzen</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>Keine Map geöffnet.</translation>
    </message>
    <message>
        <source>Select one card on the canvas to see its changes.</source>
        <translation>Wählen Sie eine Karte auf der Arbeitsfläche aus, um ihre Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No changes recorded that match.</source>
        <translation>Keine passenden Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Showing the newest %1 changes: narrow the filters to see older ones.</source>
        <translation>Die neuesten %1 Änderungen werden angezeigt: Schränken Sie die Filter ein, um ältere zu sehen.</translation>
    </message>
    <message>
        <source>Undo step: %1
%2, by %3</source>
        <translation>Bearbeitungsschritt: %1
%2, von %3</translation>
    </message>
    <message>
        <source>%1

Undo step: %2
%3, by %4</source>
        <translation>%1

Bearbeitungsschritt: %2
%3, von %4</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>That card is no longer on the map.</source>
        <translation>Diese Karte ist nicht mehr auf der Map.</translation>
    </message>
    <message>
        <source>This map is read-only: %1</source>
        <translation>Diese Map ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>“%1” is already as it was then.</source>
        <translation>„%1“ ist bereits in diesem Zustand.</translation>
    </message>
    <message>
        <source>Restored “%1” as it was after this change (Undo takes it back).</source>
        <translation>„%1“ auf den Stand nach dieser Änderung zurückgesetzt (mit „Rückgängig“ widerrufbar).</translation>
    </message>
    <message>
        <source>Restored “%1” as it was before this change (Undo takes it back).</source>
        <translation>„%1“ auf den Stand vor dieser Änderung zurückgesetzt (mit „Rückgängig“ widerrufbar).</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Speist</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Löst aus</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Künftig</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Nps</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Online-Bewertung</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ImpactBar</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the trace (Esc)</source>
        <translation>Nachverfolgung beenden (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact of %1&lt;/b&gt;: </source>
        <translation>&lt;b&gt;Auswirkung von %1&lt;/b&gt;: </translation>
    </message>
    <message>
        <source>reaches no customer moment</source>
        <translation>erreicht keinen Kundenmoment</translation>
    </message>
    <message>
        <source>reaches %1, %2 unhappy</source>
        <translation>erreicht %1, davon %2 unzufrieden</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>keiner Abteilung</translation>
    </message>
    <message>
        <source>; no root cause</source>
        <translation>; keine Grundursache</translation>
    </message>
    <message>
        <source>; root causes: %1 of %2</source>
        <translation>; Grundursachen: %1 bei %2</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n customer moment(s)</source>
        <translation>
            <numerusform>%n Kundenmoment</numerusform>
            <numerusform>%n Kundenmomente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Inspector</name>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Card inspector</source>
        <translation>Karteninspektor</translation>
    </message>
    <message>
        <source>Inspector hint</source>
        <translation>Inspektor-Hinweis</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Kartendetails</translation>
    </message>
    <message>
        <source>Why this card cannot be changed</source>
        <translation>Warum diese Karte nicht geändert werden kann</translation>
    </message>
    <message>
        <source>Link inspector</source>
        <translation>Verknüpfungsinspektor</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>Bahn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What happens, in a few words</source>
        <translation>Was passiert, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Details, quotes, evidence…</source>
        <translation>Details, Zitate, Belege…</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. quick win, web</source>
        <translation>Kommagetrennt, z. B. Quick Win, Web</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>Acc&amp;ountable:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Accountable department</source>
        <translation>Verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>Contributing:</source>
        <translation>Beteiligt:</translation>
    </message>
    <message>
        <source>Contributing departments</source>
        <translation>Beteiligte Abteilungen</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Verknüpfungen:</translation>
    </message>
    <message>
        <source>Click a link to select it, to retype, relabel, reverse or delete it</source>
        <translation>Klicken Sie auf eine Verknüpfung, um sie auszuwählen und dann Typ, Beschriftung oder Richtung zu ändern oder sie zu löschen</translation>
    </message>
    <message>
        <source>Show Impact</source>
        <translation>Auswirkung anzeigen</translation>
    </message>
    <message>
        <source>Show the card&apos;s impact</source>
        <translation>Auswirkung der Karte anzeigen</translation>
    </message>
    <message>
        <source>Trace the card&apos;s domino effect on the canvas (Ctrl+Shift+I)</source>
        <translation>Den Dominoeffekt der Karte auf der Arbeitsfläche verfolgen (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation>&amp;Emotion:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>Be&amp;leg:</translation>
    </message>
    <message>
        <source>&amp;Pain severity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>Opport&amp;unity:</source>
        <translation>&amp;Chance:</translation>
    </message>
    <message>
        <source>Emotion value</source>
        <translation>Emotionswert</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Emotion not rated</source>
        <translation>Emotion nicht bewertet</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>V&amp;otes:</source>
        <translation>St&amp;immen:</translation>
    </message>
    <message>
        <source>Votes by participant</source>
        <translation>Stimmen nach Teilnehmer:in</translation>
    </message>
    <message>
        <source>Key performance indicators:</source>
        <translation>Leistungskennzahlen:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Review and actions</source>
        <translation>Prüfung und Maßnahmen</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Kundenfeedback</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>%n Karte ausgewählt</numerusform>
            <numerusform>%n Karten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single card to edit its details.</source>
        <translation>Wählen Sie eine einzelne Karte aus, um ihre Details zu bearbeiten.</translation>
    </message>
    <message>
        <source>Select a card or a link to see and edit its details</source>
        <translation>Wählen Sie eine Karte oder eine Verknüpfung aus, um ihre Details anzuzeigen und zu bearbeiten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 unnamed</source>
        <translation>%1 ohne Namen</translation>
    </message>
    <message>
        <source>Unowned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>None (Alt-drag from one card to another)</source>
        <translation>Keine (mit gedrückter Alt-Taste von einer Karte auf eine andere ziehen)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>between 0 and 100 %</source>
        <translation>zwischen 0 und 100 %</translation>
    </message>
    <message>
        <source>between 1 and 7</source>
        <translation>zwischen 1 und 7</translation>
    </message>
    <message>
        <source>between −%1 and +%1</source>
        <translation>zwischen −%1 und +%1</translation>
    </message>
    <message>
        <source>%1 must be %2: %3 was not kept.</source>
        <translation>%1 muss %2 liegen: %3 wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Leistungskennzahlen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI hinzufügen</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>KPI entfernen</translation>
    </message>
    <message>
        <source>KPI message</source>
        <translation>KPI-Meldung</translation>
    </message>
    <message>
        <source>Kind of KPI %1</source>
        <translation>Art des KPI %1</translation>
    </message>
    <message>
        <source>A KPI needs a name.</source>
        <translation>Ein KPI braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neuer KPI</translation>
    </message>
    <message>
        <source>between −100 and +100</source>
        <translation>zwischen −100 und +100</translation>
    </message>
</context>
<context>
    <name>cx::Json</name>
    <message>
        <source>%1 is not a day written YYYY-MM-DD</source>
        <translation>%1 ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>a score needs its scale (&quot;nps&quot; or &quot;csat&quot;); leave the score null for none</source>
        <translation>eine Bewertung braucht ihre Skala („nps“ oder „csat“); ohne Bewertung lassen Sie score auf null</translation>
    </message>
    <message>
        <source>%1 is out of range 0..10 for an NPS score</source>
        <translation>%1 liegt außerhalb des Bereichs 0..10 für einen NPS-Wert</translation>
    </message>
    <message>
        <source>%1 is out of range 1..5 for a CSAT score</source>
        <translation>%1 liegt außerhalb des Bereichs 1..5 für einen CSAT-Wert</translation>
    </message>
    <message>
        <source>no card with id %1</source>
        <translation>keine Karte mit der ID %1</translation>
    </message>
    <message>
        <source>card %1 is listed twice</source>
        <translation>Karte %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>a redacted item keeps no words</source>
        <translation>ein geschwärzter Eintrag enthält keinen Text</translation>
    </message>
    <message>
        <source>only an unsorted item (card null) names candidate cards</source>
        <translation>nur ein unsortierter Eintrag (card null) nennt mögliche Karten</translation>
    </message>
    <message>
        <source>only an unsorted item (card null) keeps a card hint</source>
        <translation>nur ein unsortierter Eintrag (card null) hat einen Kartenhinweis</translation>
    </message>
    <message>
        <source>no stage with id %1 %2</source>
        <translation>keine Phase mit der ID %1 %2</translation>
    </message>
    <message>
        <source>no lane with id %1 %2</source>
        <translation>keine Bahn mit der ID %1 %2</translation>
    </message>
    <message>
        <source>no department with id %1</source>
        <translation>keine Abteilung mit der ID %1</translation>
    </message>
    <message>
        <source>department %1 is already accountable</source>
        <translation>Abteilung %1 ist bereits verantwortlich</translation>
    </message>
    <message>
        <source>department %1 is listed twice</source>
        <translation>Abteilung %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 is out of range for a %2 KPI</source>
        <translation>%1 liegt außerhalb des Bereichs für einen KPI der Art %2</translation>
    </message>
    <message>
        <source>no participant with id %1</source>
        <translation>keine Teilnehmer:in mit der ID %1</translation>
    </message>
    <message>
        <source>participant %1 is listed twice</source>
        <translation>Teilnehmer:in %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time</source>
        <translation>%1 ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not a day (YYYY-MM-DD)</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1 votes, fewer than the %2 dots of participants</source>
        <translation>%1 Stimmen, weniger als die %2 Punkte der Teilnehmer:innen</translation>
    </message>
    <message>
        <source>no card with id %1 %2</source>
        <translation>keine Karte mit der ID %1 %2</translation>
    </message>
    <message>
        <source>a link cannot join a card to itself</source>
        <translation>Eine Verknüpfung kann eine Karte nicht mit sich selbst verbinden</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>top level: expected an object</source>
        <translation>oberste Ebene: Objekt erwartet</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <source>%1 is out of range %2..%3</source>
        <translation>%1 liegt außerhalb des Bereichs %2..%3</translation>
    </message>
    <message>
        <source>%1 is not a valid id</source>
        <translation>%1 ist keine gültige ID</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>%1 is not &quot;%2&quot;</source>
        <translation>%1 ist nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>version: this %1 was written by a newer CXMap (format version %2); this CXMap reads version %3</source>
        <translation>version: diese Daten (%1) wurden mit einer neueren CXMap-Version geschrieben (Formatversion %2); diese CXMap-Version liest bis Formatversion %3</translation>
    </message>
    <message>
        <source>%1 is not a format version</source>
        <translation>%1 ist keine gültige Formatversion</translation>
    </message>
    <message>
        <source>a text of %1 characters is longer than the %2 CXMap keeps</source>
        <translation>ein Text mit %1 Zeichen ist länger als die %2 Zeichen, die CXMap speichert</translation>
    </message>
    <message>
        <source>holds %1, which CXMap cannot keep exactly</source>
        <translation>enthält %1; das kann CXMap nicht exakt speichern</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>duplicate %1 id %2</source>
        <translation>doppelte ID %2 (%1)</translation>
    </message>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 ist keine gültige Farbe</translation>
    </message>
    <message>
        <source>required member is missing</source>
        <translation>erforderlicher Schlüssel fehlt</translation>
    </message>
    <message>
        <source>%1 is too large for a record&apos;s id</source>
        <translation>%1 ist zu groß für die ID eines Verlaufseintrags</translation>
    </message>
    <message>
        <source>%1 is too large for a step</source>
        <translation>%1 ist zu groß für eine Schrittnummer</translation>
    </message>
    <message>
        <source>a second history record with the id %1</source>
        <translation>ein zweiter Verlaufseintrag mit der ID %1</translation>
    </message>
    <message>
        <source>an added object has no value before</source>
        <translation>ein hinzugefügtes Objekt hat keinen Vorher-Wert</translation>
    </message>
    <message>
        <source>a removed object has no value after</source>
        <translation>ein entferntes Objekt hat keinen Nachher-Wert</translation>
    </message>
    <message>
        <source>duplicate department name %1</source>
        <translation>doppelter Abteilungsname %1</translation>
    </message>
    <message>
        <source>the picture is larger than %1 MB</source>
        <translation>das Bild ist größer als %1 MB</translation>
    </message>
    <message>
        <source>not base64-encoded image bytes</source>
        <translation>keine Base64-codierten Bilddaten</translation>
    </message>
    <message>
        <source>not a PNG or JPEG picture (CXMap keeps no other kind)</source>
        <translation>kein PNG- oder JPEG-Bild (andere Formate speichert CXMap nicht)</translation>
    </message>
    <message>
        <source>no persona with id %1</source>
        <translation>keine Persona mit der ID %1</translation>
    </message>
    <message>
        <source>a journey cannot be its own source</source>
        <translation>eine Journey kann nicht ihre eigene Quelle sein</translation>
    </message>
    <message>
        <source>no journey with id %1</source>
        <translation>keine Journey mit der ID %1</translation>
    </message>
    <message>
        <source>a second link where %1 (the first is %2); a link is there once</source>
        <translation>eine zweite Verknüpfung: %1 (die erste steht unter %2); jede Verknüpfung darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>in the clipboard data</source>
        <translation>in den Daten der Zwischenablage</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>in this journey</source>
        <translation>in dieser Journey</translation>
    </message>
</context>
<context>
    <name>cx::KpiTable</name>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>no known direction: any miss counts</source>
        <translation>keine bekannte Richtung: jede Abweichung zählt</translation>
    </message>
    <message>
        <source>KPIs: value against target</source>
        <translation>KPIs: Wert im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>Abt.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>▼ off target</source>
        <translation>▼ Ziel verfehlt</translation>
    </message>
    <message>
        <source>▲ off target</source>
        <translation>▲ Ziel verfehlt</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Unowned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3 (%4)</source>
        <translation>%1: %2 bei einem Ziel von %3 (%4)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 %4 %5, %6</source>
        <translation>%1, %2, %3 %4 %5, %6</translation>
    </message>
</context>
<context>
    <name>cx::LaneKind</name>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Front-stage touchpoints</source>
        <translation>Frontstage-Touchpoints</translation>
    </message>
    <message>
        <source>Back-stage processes</source>
        <translation>Backstage-Prozesse</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Physische Belege</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>cx::LinkEditor</name>
    <message>
        <source>Untitled card</source>
        <translation>Unbenannte Karte</translation>
    </message>
    <message>
        <source>Link inspector</source>
        <translation>Verknüpfungsinspektor</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Why this link cannot be changed</source>
        <translation>Warum diese Verknüpfung nicht geändert werden kann</translation>
    </message>
    <message>
        <source>From card</source>
        <translation>Von Karte</translation>
    </message>
    <message>
        <source>To card</source>
        <translation>Nach Karte</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Verknüpfungstyp</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>Verknüpfungsbeschriftung</translation>
    </message>
    <message>
        <source>e.g. order data, within 2 days</source>
        <translation>z. B. Bestelldaten, innerhalb von 2 Tagen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Umkehren</translation>
    </message>
    <message>
        <source>Reverse the link</source>
        <translation>Verknüpfung umkehren</translation>
    </message>
    <message>
        <source>Swap the link&apos;s ends: the “to” card becomes the “from” card</source>
        <translation>Vertauscht die Enden der Verknüpfung: Die „Nach“-Karte wird zur „Von“-Karte</translation>
    </message>
    <message>
        <source>&amp;Delete Link</source>
        <translation>Verknüpfung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the link</source>
        <translation>Verknüpfung löschen</translation>
    </message>
    <message>
        <source>Why the change was refused</source>
        <translation>Warum die Änderung abgelehnt wurde</translation>
    </message>
</context>
<context>
    <name>cx::LinkType</name>
    <message>
        <source>feeds</source>
        <translation>speist</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>löst aus</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>waits for</source>
        <translation>wartet auf</translation>
    </message>
    <message>
        <source>%1 feeds %2</source>
        <translation>%1 speist %2</translation>
    </message>
    <message>
        <source>%1 triggers %2</source>
        <translation>%1 löst %2 aus</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 hängt ab von %2</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 wartet auf %2</translation>
    </message>
</context>
<context>
    <name>cx::MainActions</name>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Edit &amp;Label…</source>
        <translation>&amp;Beschriftung bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Reverse Direction</source>
        <translation>&amp;Richtung umkehren</translation>
    </message>
    <message>
        <source>&amp;Delete Link</source>
        <translation>Verknüpfung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Vote for Card</source>
        <translation>Für Karte &amp;stimmen</translation>
    </message>
    <message>
        <source>&amp;Vote as %1</source>
        <translation>Als %1 &amp;stimmen</translation>
    </message>
    <message>
        <source>&amp;Add Card Here</source>
        <translation>Karte &amp;hier hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty map</source>
        <translation>Eine leere Map beginnen</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus Vor&amp;lage…</translation>
    </message>
    <message>
        <source>Start from a template or the sample workshop map</source>
        <translation>Mit einer Vorlage oder der Beispiel-Map für Workshops beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .cxmap map</source>
        <translation>Eine .cxmap-Map öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Team Map…</source>
        <translation>&amp;Team-Map öffnen…</translation>
    </message>
    <message>
        <source>Open a map shared on a PostgreSQL team server</source>
        <translation>Eine auf einem PostgreSQL-Teamserver geteilte Map öffnen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Continue under another name (every edit is already saved)</source>
        <translation>Unter einem anderen Namen weiterarbeiten (jede Änderung ist bereits gespeichert)</translation>
    </message>
    <message>
        <source>Save a Copy without &amp;History…</source>
        <translation>Kopie ohne &amp;Verlauf speichern…</translation>
    </message>
    <message>
        <source>A copy to share: the history of who changed what and the named versions are left out</source>
        <translation>Eine Kopie zum Weitergeben: Der Verlauf, wer was geändert hat, und die benannten Versionen werden weggelassen</translation>
    </message>
    <message>
        <source>Named &amp;Versions…</source>
        <translation>Benannte Versi&amp;onen…</translation>
    </message>
    <message>
        <source>Keep the map as it is now under a name, compare or restore a version</source>
        <translation>Den aktuellen Stand der Map unter einem Namen festhalten, Versionen vergleichen oder wiederherstellen</translation>
    </message>
    <message>
        <source>Journey as &amp;PNG Image…</source>
        <translation>Journey als &amp;PNG-Bild…</translation>
    </message>
    <message>
        <source>Journey as &amp;SVG Drawing…</source>
        <translation>Journey als &amp;SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>Whole Map as &amp;JSON…</source>
        <translation>Gesamte Map als &amp;JSON…</translation>
    </message>
    <message>
        <source>PDF &amp;Report…</source>
        <translation>PDF-&amp;Bericht…</translation>
    </message>
    <message>
        <source>The leadership report: map, summary, a section per department</source>
        <translation>Der Bericht für die Führungsebene: Map, Zusammenfassung, ein Abschnitt je Abteilung</translation>
    </message>
    <message>
        <source>Recognition &amp;Sheet…</source>
        <translation>&amp;Anerkennungsblatt…</translation>
    </message>
    <message>
        <source>A one-page thank-you to a department for the praise its work earned</source>
        <translation>Ein einseitiges Dankeschön an eine Abteilung für das Lob, das ihre Arbeit erhalten hat</translation>
    </message>
    <message>
        <source>Customer &amp;Feedback as CSV…</source>
        <translation>Kunden&amp;feedback als CSV…</translation>
    </message>
    <message>
        <source>Every feedback item of the map, one row each</source>
        <translation>Alle Feedback-Einträge der Map, einer pro Zeile</translation>
    </message>
    <message>
        <source>Journey as &amp;CSV…</source>
        <translation>Journey als &amp;CSV…</translation>
    </message>
    <message>
        <source>Journey as &amp;Mermaid Diagram…</source>
        <translation>Journey als &amp;Mermaid-Diagramm…</translation>
    </message>
    <message>
        <source>Cards from &amp;CSV…</source>
        <translation>Karten aus &amp;CSV…</translation>
    </message>
    <message>
        <source>Add cards from a CSV file; missing stages, lanes and departments are made</source>
        <translation>Karten aus einer CSV-Datei hinzufügen; fehlende Phasen, Bahnen und Abteilungen werden angelegt</translation>
    </message>
    <message>
        <source>Journey from &amp;Mermaid Diagram…</source>
        <translation>Journey aus &amp;Mermaid-Diagramm…</translation>
    </message>
    <message>
        <source>Add a Mermaid journey diagram as a new journey</source>
        <translation>Ein Mermaid-Journey-Diagramm als neue Journey hinzufügen</translation>
    </message>
    <message>
        <source>Customer &amp;Feedback…</source>
        <translation>Kunden&amp;feedback…</translation>
    </message>
    <message>
        <source>Add customer feedback from a survey or ticket export (CSV)</source>
        <translation>Kundenfeedback aus einer Umfrage oder einem Ticket-Export (CSV) hinzufügen</translation>
    </message>
    <message>
        <source>Map from &amp;JSON…</source>
        <translation>Map aus &amp;JSON…</translation>
    </message>
    <message>
        <source>Open a JSON export as a new map</source>
        <translation>Einen JSON-Export als neue Map öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle&amp;s auswählen</translation>
    </message>
    <message>
        <source>&amp;Add Card</source>
        <translation>Karte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a card next to the selected one (or double-click an empty cell)</source>
        <translation>Eine Karte neben der ausgewählten hinzufügen (oder doppelklicken Sie auf eine leere Zelle)</translation>
    </message>
    <message>
        <source>&amp;Quick Add…</source>
        <translation>S&amp;chnellerfassung…</translation>
    </message>
    <message>
        <source>Type cards as the room talks: stage / lane: title @owner +contributor !pain -2 #channel</source>
        <translation>Karten erfassen, während im Raum gesprochen wird: Phase / Bahn: Titel @verantwortlich +beteiligt !pain -2 #Kanal</translation>
    </message>
    <message>
        <source>&amp;Find and Filter…</source>
        <translation>Suchen und f&amp;iltern…</translation>
    </message>
    <message>
        <source>Find cards by their words, filter by department, status, evidence, channel, pain and emotion</source>
        <translation>Karten nach ihrem Text suchen, nach Abteilung, Status, Beleg, Kanal, Pain Point und Emotion filtern</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>The whole journey in the window</source>
        <translation>Die ganze Journey im Fenster</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>An &amp;Breite anpassen</translation>
    </message>
    <message>
        <source>Every stage across the window; scroll down through the lanes</source>
        <translation>Alle Phasen auf Fensterbreite; nach unten durch die Bahnen scrollen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show &amp;Links</source>
        <translation>&amp;Verknüpfungen anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Emotion Curve</source>
        <translation>&amp;Emotionskurve anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Impact</source>
        <translation>&amp;Auswirkung anzeigen</translation>
    </message>
    <message>
        <source>Trace the selected card&apos;s domino effect both ways: the customer moments it reaches and its root causes</source>
        <translation>Den Dominoeffekt der ausgewählten Karte in beide Richtungen verfolgen: die Kundenmomente, die sie erreicht, und ihre Grundursachen</translation>
    </message>
    <message>
        <source>End the Impact Trace</source>
        <translation>Auswirkungsverfolgung beenden</translation>
    </message>
    <message>
        <source>Focus on &amp;Canvas</source>
        <translation>Fokus auf A&amp;rbeitsfläche</translation>
    </message>
    <message>
        <source>Hide every panel and toolbar; again brings them back as they were</source>
        <translation>Alle Bereiche und Symbolleisten ausblenden; erneut gewählt, holt es sie wie zuvor zurück</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Walk the room through the journey, stage by stage (arrows, Esc to leave)</source>
        <translation>Die Runde Phase für Phase durch die Journey führen (Pfeiltasten, Esc zum Beenden)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Vollbil&amp;d</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add a stage after the selected one</source>
        <translation>Eine Phase nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation>&amp;Bahn hinzufügen…</translation>
    </message>
    <message>
        <source>Add a lane below the selected one</source>
        <translation>Eine Bahn unter der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename Stage or Lane…</source>
        <translation>Phase oder Bahn &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Change Lane &amp;Kind…</source>
        <translation>Bahn&amp;art ändern…</translation>
    </message>
    <message>
        <source>Make the selected lane another kind: touchpoints, back stage, pain points…</source>
        <translation>Die Art der ausgewählten Bahn ändern: Touchpoints, Backstage-Prozesse, Pain Points…</translation>
    </message>
    <message>
        <source>Move &amp;Earlier</source>
        <translation>Nach &amp;vorn verschieben</translation>
    </message>
    <message>
        <source>Move the selected stage left or lane up</source>
        <translation>Die ausgewählte Phase nach links oder Bahn nach oben verschieben</translation>
    </message>
    <message>
        <source>Move La&amp;ter</source>
        <translation>Nach &amp;hinten verschieben</translation>
    </message>
    <message>
        <source>Move the selected stage right or lane down</source>
        <translation>Die ausgewählte Phase nach rechts oder Bahn nach unten verschieben</translation>
    </message>
    <message>
        <source>Re&amp;move Stage or Lane…</source>
        <translation>Phase oder Bahn &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;New Journey…</source>
        <translation>&amp;Neue Journey…</translation>
    </message>
    <message>
        <source>&amp;Personas…</source>
        <translation>Pe&amp;rsonas…</translation>
    </message>
    <message>
        <source>Who the journey is about: name, goals, frustrations</source>
        <translation>Um wen es in der Journey geht: Name, Ziele, Frustrationen</translation>
    </message>
    <message>
        <source>&amp;Clone as Future State</source>
        <translation>Als &amp;künftige Journey duplizieren</translation>
    </message>
    <message>
        <source>Copy this journey to design its future state</source>
        <translation>Diese Journey kopieren, um ihren künftigen Zustand zu gestalten</translation>
    </message>
    <message>
        <source>Put a dot of the participant voting now on the selected card</source>
        <translation>Einen Punkt der gerade abstimmenden Teilnehmer:in auf die ausgewählte Karte setzen</translation>
    </message>
    <message>
        <source>&amp;Take Vote Back</source>
        <translation>Stimme &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Take one of the voting participant&apos;s dots off the selected card</source>
        <translation>Einen Punkt der abstimmenden Person von der ausgewählten Karte zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Next Participant</source>
        <translation>&amp;Nächste:r Teilnehmer:in</translation>
    </message>
    <message>
        <source>&amp;Previous Participant</source>
        <translation>Vor&amp;herige:r Teilnehmer:in</translation>
    </message>
    <message>
        <source>&amp;Comment on Card</source>
        <translation>Karte ko&amp;mmentieren</translation>
    </message>
    <message>
        <source>Write a comment on the selected card in the Inspector</source>
        <translation>Im Inspektor einen Kommentar zur ausgewählten Karte schreiben</translation>
    </message>
    <message>
        <source>&amp;Reset Votes</source>
        <translation>Stimmen zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Clear every vote on this journey (Undo brings them back)</source>
        <translation>Alle Stimmen dieser Journey löschen (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Department &amp;Lens</source>
        <translation>Ab&amp;teilungsfokus</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Bere&amp;iche</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation>Punktab&amp;stimmung</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Prü&amp;fung</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;All Departments</source>
        <translation>&amp;Alle Abteilungen</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>Feed&amp;back hinzufügen…</translation>
    </message>
    <message>
        <source>Record what a customer said about the selected card</source>
        <translation>Kundenfeedback zur ausgewählten Karte erfassen</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>K&amp;undenfeedback</translation>
    </message>
    <message>
        <source>The map&apos;s customer feedback: the unsorted inbox and every item, to assign, read, redact or delete</source>
        <translation>Das Kundenfeedback der Map: „Unsortiert“ und alle Feedback-Einträge – zum Zuordnen, Lesen, Schwärzen oder Löschen</translation>
    </message>
    <message>
        <source>Mark Cards &amp;Reviewed</source>
        <translation>Karten als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>Confirm that the selected cards are still true: reviewed now, by you</source>
        <translation>Bestätigen, dass die ausgewählten Karten noch zutreffen: jetzt von Ihnen geprüft</translation>
    </message>
    <message>
        <source>Mark &amp;All Lens Department Cards Reviewed</source>
        <translation>&amp;Alle Karten der gewählten Abteilung als geprüft markieren</translation>
    </message>
    <message>
        <source>Every card on this journey the lens department is accountable for</source>
        <translation>Alle Karten dieser Journey, für die die gewählte Abteilung verantwortlich ist</translation>
    </message>
    <message>
        <source>The department owns no card on this journey</source>
        <translation>Die Abteilung ist für keine Karte dieser Journey verantwortlich</translation>
    </message>
    <message>
        <source>Department &amp;Digest…</source>
        <translation>Abteilungs&amp;zusammenfassung…</translation>
    </message>
    <message>
        <source>What changed on the lens department&apos;s cards since its last review, to paste into an e-mail or a chat</source>
        <translation>Was sich an den Karten der gewählten Abteilung seit ihrer letzten Prüfung geändert hat – zum Einfügen in eine E-Mail oder einen Chat</translation>
    </message>
    <message>
        <source>&amp;Actions…</source>
        <translation>&amp;Maßnahmen…</translation>
    </message>
    <message>
        <source>The actions on pain points and opportunities: the lens department&apos;s, or all; Add plans one on the selected card</source>
        <translation>Die Maßnahmen zu Pain Points und Chancen – die der gewählten Abteilung oder alle; „Hinzufügen“ plant eine für die ausgewählte Karte</translation>
    </message>
    <message>
        <source>Review &amp;Interval…</source>
        <translation>Prüf&amp;intervall…</translation>
    </message>
    <message>
        <source>How many days a review stays fresh before the card counts as stale</source>
        <translation>Wie viele Tage eine Prüfung gilt, bevor die Karte als überfällig zählt</translation>
    </message>
    <message>
        <source>Review Interval</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <source>A card not reviewed within this many days is stale:</source>
        <translation>Karten, die so viele Tage lang nicht geprüft wurden, sind überfällig:</translation>
    </message>
    <message>
        <source>Mark &amp;All %1 Cards Reviewed</source>
        <translation>&amp;Alle Karten von %1 als geprüft markieren</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>The language CXMap speaks</source>
        <translation>Die Sprache, in der CXMap mit Ihnen spricht</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n card(s) reviewed</source>
        <translation>
            <numerusform>%n Karte als geprüft markiert</numerusform>
            <numerusform>%n Karten als geprüft markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review interval: %n day(s)</source>
        <translation>
            <numerusform>Prüfintervall: %n Tag</numerusform>
            <numerusform>Prüfintervall: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Card</source>
        <comment>toolbar</comment>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <comment>toolbar</comment>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Add Lane…</source>
        <comment>toolbar</comment>
        <translation>Neue Bahn…</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <comment>toolbar</comment>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <comment>toolbar</comment>
        <translation>Breite einpassen</translation>
    </message>
    <message>
        <source>Show Links</source>
        <comment>toolbar</comment>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Show Emotion Curve</source>
        <comment>toolbar</comment>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>Focus on Canvas</source>
        <comment>toolbar</comment>
        <translation>Arbeitsfläche</translation>
    </message>
</context>
<context>
    <name>cx::MainStatus</name>
    <message>
        <source>Team map · %1 · %2</source>
        <translation>Team-Map · %1 · %2</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>No journey</source>
        <translation>Keine Journey</translation>
    </message>
    <message>
        <source>Open a map (Ctrl+O) or start one (Ctrl+N)</source>
        <translation>Öffnen Sie eine Map (Ctrl+O) oder beginnen Sie eine neue (Ctrl+N)</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>lens: %1</source>
        <translation>Fokus: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Bahn</numerusform>
            <numerusform>%n Bahnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::MainWindow</name>
    <message>
        <source>The edit was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The map is read-only: %1</source>
        <translation>Die Map ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Connected again: the map shows what the team did meanwhile</source>
        <translation>Wieder verbunden: Die Map zeigt, was das Team in der Zwischenzeit geändert hat</translation>
    </message>
    <message>
        <source>CXMap</source>
        <translation>CXMap</translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation>%1 als %2 (%3)</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Unbenannte Map</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source>This map is read-only: %1</source>
        <translation>Diese Map ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Die Änderung wurde nicht vorgenommen</translation>
    </message>
</context>
<context>
    <name>cx::MapEditor</name>
    <message>
        <source> (%1 to undo)</source>
        <translation> (%1 macht es rückgängig)</translation>
    </message>
    <message>
        <source>Link Label</source>
        <translation>Beschriftung der Verknüpfung</translation>
    </message>
    <message>
        <source>What passes along the link:</source>
        <translation>Was über die Verknüpfung weitergegeben wird:</translation>
    </message>
    <message>
        <source>The clipboard holds no cards</source>
        <translation>Die Zwischenablage enthält keine Karten</translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation>Einfügen nicht möglich</translation>
    </message>
    <message>
        <source>“%1” …</source>
        <translation>„%1“ …</translation>
    </message>
    <message>
        <source>feeds</source>
        <translation>speist</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>löst aus</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>makes it wait for</source>
        <translation>lässt warten auf</translation>
    </message>
    <message>
        <source>… %1 “%2”</source>
        <translation>… %1 „%2“</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Name der Phase:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>Bahn hinzufügen</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Bahn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Bahn umbenennen</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Change Lane Kind</source>
        <translation>Bahnart ändern</translation>
    </message>
    <message>
        <source>Kind of the lane “%1”:</source>
        <translation>Art der Bahn „%1“:</translation>
    </message>
    <message>
        <source>Remove the lane “%1” and its %2?</source>
        <translation>Die Bahn „%1“ und ihre %2 entfernen?</translation>
    </message>
    <message>
        <source>Remove the stage “%1” and its %2?</source>
        <translation>Die Phase „%1“ und ihre %2 entfernen?</translation>
    </message>
    <message>
        <source>Remove Lane</source>
        <translation>Bahn entfernen</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Undo brings them back.</source>
        <translation>Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>Journey name:</source>
        <translation>Name der Journey:</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>New journey “%1”</source>
        <translation>Neue Journey „%1“</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (future state)</source>
        <translation>%1 (künftiger Zustand)</translation>
    </message>
    <message>
        <source>Cloned as “%1”: design the future state here</source>
        <translation>Als „%1“ dupliziert: Gestalten Sie hier den künftigen Zustand</translation>
    </message>
    <message>
        <source>Add the workshop&apos;s participants here first: each gets %1 dots per journey. Enter on an empty name goes back to the canvas.</source>
        <translation>Tragen Sie hier zuerst die Teilnehmer:innen des Workshops ein: Jede:r erhält %1 Punkte pro Journey. Enter bei leerem Namen führt zurück zur Arbeitsfläche.</translation>
    </message>
    <message>
        <source>%1 votes now: %2 of %3 dots left on this journey</source>
        <translation>%1 stimmt jetzt ab: noch %2 von %3 Punkten auf dieser Journey</translation>
    </message>
    <message>
        <source>Votes reset: Undo brings them back</source>
        <translation>Stimmen zurückgesetzt: Rückgängig stellt sie wieder her</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n card(s)</source>
        <translation>
            <numerusform>%n Karte gelöscht</numerusform>
            <numerusform>%n Karten gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung gelöscht</numerusform>
            <numerusform>%n Verknüpfungen gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>%n Karte kopiert</numerusform>
            <numerusform>%n Karten kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Mermaid</name>
    <message>
        <source>Imported journey</source>
        <translation>Importierte Journey</translation>
    </message>
    <message>
        <source>Import journey “%1” from Mermaid</source>
        <translation>Journey „%1“ aus Mermaid importieren</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>expected “journey” (the diagram is empty)</source>
        <translation>„journey“ erwartet (das Diagramm ist leer)</translation>
    </message>
    <message>
        <source>expected “journey”, the diagram type, first</source>
        <translation>„journey“, der Diagrammtyp, muss zuerst stehen</translation>
    </message>
    <message>
        <source>“journey” a second time</source>
        <translation>„journey“ ein zweites Mal</translation>
    </message>
    <message>
        <source>a second title</source>
        <translation>eine zweite title-Zeile</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>der Titel ist leer</translation>
    </message>
    <message>
        <source>a section needs a name (without “:”)</source>
        <translation>eine section-Zeile braucht einen Namen (ohne „:“)</translation>
    </message>
    <message>
        <source>expected “section NAME” or a task “NAME: SCORE” or “NAME: SCORE: ACTORS”</source>
        <translation>„section NAME“ oder eine Aufgabe „NAME: WERT“ oder „NAME: WERT: AKTEURE“ erwartet</translation>
    </message>
    <message>
        <source>a task before the first section</source>
        <translation>eine Aufgabe vor der ersten section-Zeile</translation>
    </message>
    <message>
        <source>the task has no name</source>
        <translation>die Aufgabe hat keinen Namen</translation>
    </message>
    <message>
        <source>the score “%1” is not a whole number 1..5</source>
        <translation>der Wert „%1“ ist keine ganze Zahl von 1 bis 5</translation>
    </message>
    <message>
        <source>the score %1 is out of range 1..5</source>
        <translation>der Wert %1 liegt außerhalb des Bereichs 1..5</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
</context>
<context>
    <name>cx::OutlinePanel</name>
    <message>
        <source>Journeys, stages and lanes</source>
        <translation>Journeys, Phasen und Bahnen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>future state</source>
        <translation>künftiger Zustand</translation>
    </message>
    <message>
        <source>current state</source>
        <translation>aktueller Zustand</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Umbenennen nicht möglich</translation>
    </message>
    <message>
        <source>Change Lane &amp;Kind</source>
        <translation>Bahn&amp;art ändern</translation>
    </message>
    <message>
        <source>Cannot change the lane</source>
        <translation>Die Bahn lässt sich nicht ändern</translation>
    </message>
</context>
<context>
    <name>cx::PersonaDialog</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the persona</source>
        <translation>Persona entfernen</translation>
    </message>
    <message>
        <source>Journeys that follow it keep their cards; undo brings it back</source>
        <translation>Journeys, die ihr folgen, behalten ihre Karten; Rückgängig stellt sie wieder her</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Maya, remote-working parent</source>
        <translation>z. B. Maya, berufstätige Mutter im Homeoffice</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustrationen:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a picture for the persona</source>
        <translation>Ein Bild für die Persona auswählen</translation>
    </message>
    <message>
        <source>No &amp;Picture</source>
        <translation>&amp;Kein Bild</translation>
    </message>
    <message>
        <source>Remove the persona&apos;s picture</source>
        <translation>Das Bild der Persona entfernen</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>Persona this journey follows</source>
        <translation>Persona, der diese Journey folgt</translation>
    </message>
    <message>
        <source>&amp;This journey follows:</source>
        <translation>Diese &amp;Journey folgt:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <source>The persona of “%1”</source>
        <translation>Die Persona von „%1“</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Persona not removed</source>
        <translation>Persona nicht entfernt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>none shown: not PNG or JPEG</source>
        <translation>keins angezeigt: kein PNG oder JPEG</translation>
    </message>
    <message>
        <source>No persona is selected</source>
        <translation>Keine Persona ausgewählt</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG picture: CXMap takes no other kind</source>
        <translation>„%1“ ist kein PNG- oder JPEG-Bild: CXMap akzeptiert nur diese Formate</translation>
    </message>
    <message>
        <source>“%1” is larger than 16 MB</source>
        <translation>„%1“ ist größer als 16 MB</translation>
    </message>
    <message>
        <source>“%1” is not a picture CXMap can read: %2</source>
        <translation>„%1“ ist kein Bild, das CXMap lesen kann: %2</translation>
    </message>
    <message>
        <source>Picture of the Persona</source>
        <translation>Bild der Persona</translation>
    </message>
    <message>
        <source>PNG or JPEG pictures (*.png *.jpg *.jpeg)</source>
        <translation>PNG- oder JPEG-Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>cx::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>CXMap speaks the language you choose from its next start. The command line stays English.</source>
        <translation>CXMap verwendet die gewählte Sprache ab dem nächsten Start. Die Kommandozeile bleibt englisch.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>cx::Presenter</name>
    <message>
        <source>No stages yet</source>
        <translation>Noch keine Phasen</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · %3</source>
        <translation>Phase %1 von %2 · %3</translation>
    </message>
    <message>
        <source>← → stages · ↑ ↓ lanes · Esc leaves</source>
        <translation>← → Phasen · ↑ ↓ Bahnen · Esc beendet</translation>
    </message>
    <message>
        <source>Lane %1 of %2</source>
        <translation>Bahn %1 von %2</translation>
    </message>
    <message>
        <source>Lanes %1–%2 of %3</source>
        <translation>Bahnen %1–%2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n lane(s)</source>
        <translation>
            <numerusform>Die einzige Bahn</numerusform>
            <numerusform>Alle %n Bahnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::PriorityTable</name>
    <message>
        <source>Pain points and opportunities by priority, per department</source>
        <translation>Pain Points und Chancen nach Priorität, je Abteilung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Pain points: top %1 of %2</source>
        <translation>Pain Points: Top %1 von %2</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities: top %1 of %2</source>
        <translation>Chancen: Top %1 von %2</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Unowned</source>
        <translation>Ohne Abteilung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>cx::PriorityText</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>%1 %2 (%3) × (1 + %4)</source>
        <translation>%1 %2 (%3) × (1 + %4)</translation>
    </message>
    <message>
        <source>%1 for its emotion (−%1)</source>
        <translation>%1 für ihre Emotion (−%1)</translation>
    </message>
    <message>
        <source>Priority %1 = %2</source>
        <translation>Priorität %1 = %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no %1 rated</source>
        <translation>%1 nicht bewertet</translation>
    </message>
    <message>
        <source>emotion −%1</source>
        <translation>Emotion −%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unhappy moment(s) reached</source>
        <translation>
            <numerusform>%n erreichter unzufriedener Moment</numerusform>
            <numerusform>%n erreichte unzufriedene Momente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reaches %n unhappy moment(s)</source>
        <translation>
            <numerusform>erreicht %n unzufriedenen Moment</numerusform>
            <numerusform>erreicht %n unzufriedene Momente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::QuickAdd</name>
    <message>
        <source>%1 %2 could match %3: type more of it</source>
        <translation>%1 %2 passt zu %3: Geben Sie mehr davon ein</translation>
    </message>
    <message>
        <source>Which stage? Start with “stage / lane: ” or select a card</source>
        <translation>Welche Phase? Beginnen Sie mit „Phase / Bahn: “ oder wählen Sie eine Karte aus</translation>
    </message>
    <message>
        <source>Which lane? Write “%1 / lane: ” or select a card</source>
        <translation>Welche Bahn? Schreiben Sie „%1 / Bahn: “ oder wählen Sie eine Karte aus</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Unknown lane kind %1; the kinds are %2</source>
        <translation>Unbekannte Bahnart %1; möglich sind %2</translation>
    </message>
    <message>
        <source>Unknown lane %1: to add it, give its kind, e.g. “%2 (touchpoint)”; the kinds are %3</source>
        <translation>Unbekannte Bahn %1: Um sie hinzuzufügen, geben Sie ihre Art an, z. B. „%2 (touchpoint)“; möglich sind %3</translation>
    </message>
    <message>
        <source>Lane %1 is %2, not %3</source>
        <translation>Die Bahn %1 ist %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 needs a department name after it</source>
        <translation>Nach %1 muss ein Abteilungsname folgen</translation>
    </message>
    <message>
        <source>Emotion is -2..+2, not %1</source>
        <translation>Die Emotion muss zwischen -2 und +2 liegen, nicht %1</translation>
    </message>
    <message>
        <source>Two emotion scores: %1 and %2</source>
        <translation>Zwei Emotionswerte: %1 und %2</translation>
    </message>
    <message>
        <source>Unknown mark %1: use !pain, !low, !medium or !high</source>
        <translation>Unbekannte Markierung %1: Verwenden Sie !pain, !low, !medium oder !high</translation>
    </message>
    <message>
        <source>One channel per card: #%1 and %2</source>
        <translation>Nur ein Kanal pro Karte: #%1 und %2</translation>
    </message>
    <message>
        <source>One accountable department per card: %1 is the second</source>
        <translation>Nur eine verantwortliche Abteilung pro Karte: %1 ist die zweite</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>lane %1 (%2)</source>
        <translation>Bahn %1 (%2)</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>Abteilung %1</translation>
    </message>
    <message>
        <source>departments %1</source>
        <translation>Abteilungen %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>No journey to add the card to</source>
        <translation>Keine Journey, zu der die Karte hinzugefügt werden kann</translation>
    </message>
    <message>
        <source>The card needs a title</source>
        <translation>Die Karte braucht einen Titel</translation>
    </message>
    <message>
        <source>Not there yet: %1</source>
        <translation>Noch nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>Add card %1</source>
        <translation>Karte %1 hinzufügen</translation>
    </message>
    <message>
        <source>The card was not added</source>
        <translation>Die Karte wurde nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>cx::QuickAddBar</name>
    <message>
        <source>stage / lane: title @owner +contributor !pain -2 #channel</source>
        <translation>Phase / Bahn: Titel @verantwortlich +beteiligt !pain -2 #Kanal</translation>
    </message>
    <message>
        <source>&lt;p&gt;One line becomes a card: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Stage and lane match by name or unique prefix; a new lane is written “Name (kind)”. @ names the accountable department, + a contributing one; !pain (or !low, !high) marks a pain point; -2..+2 is the emotion; # the channel. Enter adds the card, Tab completes a name, Esc closes the bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Zeile wird zu einer Karte: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Phase und Bahn werden über ihren Namen oder einen eindeutigen Anfang erkannt; eine neue Bahn schreiben Sie als „Name (Art)“. @ nennt die verantwortliche Abteilung, + eine beteiligte; !pain (oder !low, !high) markiert einen Pain Point; -2..+2 ist die Emotion; # der Kanal. Enter fügt die Karte hinzu, Tab vervollständigt einen Namen, Esc schließt die Leiste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No document is open</source>
        <translation>Kein Dokument geöffnet</translation>
    </message>
    <message>
        <source>Create %1? Enter creates, Esc or an edit cancels</source>
        <translation>%1 anlegen? Enter legt an, Esc oder eine Änderung bricht ab</translation>
    </message>
    <message>
        <source>Enter adds the card · Tab completes · Esc closes · %1</source>
        <translation>Enter fügt die Karte hinzu · Tab vervollständigt · Esc schließt · %1</translation>
    </message>
</context>
<context>
    <name>cx::Quote</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>cx::Recognition</name>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>bisher</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>No praise %1 reached a customer moment that %2 owns or feeds.</source>
        <translation>Kein Lob hat %1 einen Kundenmoment erreicht, den %2 verantwortet oder speist.</translation>
    </message>
    <message>
        <source>%1 owns %2 (%3) %4.</source>
        <translation>%1 verantwortet %2 (%3) %4.</translation>
    </message>
    <message>
        <source>The back-stage and support cards of %1 fed %2 (%3) %4.</source>
        <translation>Die Backstage- und Unterstützungskarten von %1 speisten %2 (%3) %4.</translation>
    </message>
    <message>
        <source>“%1” (%2) fed %3 (%4) %5.</source>
        <translation>„%1“ (%2) speiste %3 (%4) %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n praised moment(s)</source>
        <translation>
            <numerusform>%n gelobter Moment</numerusform>
            <numerusform>%n gelobte Momente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n praise item(s)</source>
        <translation>
            <numerusform>%n Lob-Eintrag</numerusform>
            <numerusform>%n Lob-Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::RecognitionDialog</name>
    <message>
        <source>Export Recognition Sheet</source>
        <translation>Anerkennungsblatt exportieren</translation>
    </message>
    <message>
        <source>One page that thanks a department for the praise its work earned: the praised customer moments it owns, those its back-stage and support work fed, and the customers&apos; own words. To share in a newsletter or on a wall.</source>
        <translation>Eine Seite, mit der Sie einer Abteilung für das Lob danken, das ihre Arbeit verdient hat: die gelobten Kundenmomente, die sie verantwortet, die Momente, die ihre Backstage- und Unterstützungsarbeit gespeist hat, und die Worte der Kunden selbst. Zum Teilen im Newsletter oder als Aushang.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Praise since</source>
        <translation>Lob seit</translation>
    </message>
    <message>
        <source>Praise dated on or after this day counts (the last 90 days unless you choose another day)</source>
        <translation>Lob ab diesem Tag zählt (die letzten 90 Tage, sofern Sie keinen anderen Tag wählen)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>Praise &amp;since:</source>
        <translation>Lob &amp;seit:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>cx::RecognitionSheet</name>
    <message>
        <source>on “%1”</source>
        <translation>zu „%1“</translation>
    </message>
    <message>
        <source>RECOGNITION · %1</source>
        <translation>ANERKENNUNG · %1</translation>
    </message>
    <message>
        <source>Thank you, %1</source>
        <translation>Danke, %1</translation>
    </message>
    <message>
        <source>Praise from the customers of “%1”, credited to the work that earned it</source>
        <translation>Lob der Kunden aus „%1“, der Arbeit zugeschrieben, die es verdient hat</translation>
    </message>
    <message>
        <source>praised moments your back-stage and support work fed</source>
        <translation>gelobte Momente, die Ihre Backstage- und Unterstützungsarbeit gespeist hat</translation>
    </message>
    <message>
        <source>praised moments you own</source>
        <translation>gelobte Momente in Ihrer Verantwortung</translation>
    </message>
    <message>
        <source>words of praise on those moments</source>
        <translation>lobende Worte zu diesen Momenten</translation>
    </message>
    <message>
        <source>Where your work showed</source>
        <translation>Wo Ihre Arbeit sichtbar wurde</translation>
    </message>
    <message>
        <source>In the customers’ words</source>
        <translation>In den Worten der Kunden</translation>
    </message>
    <message>
        <source>No praise reached %1’s work in this period yet. Praise on a customer moment is credited to the department that owns it and, along the map’s links, to the back-stage and support work that fed it.</source>
        <translation>In diesem Zeitraum hat noch kein Lob die Arbeit von %1 erreicht. Lob zu einem Kundenmoment wird der Abteilung zugeschrieben, die ihn verantwortet, und entlang der Verknüpfungen der Map der Backstage- und Unterstützungsarbeit, die ihn gespeist hat.</translation>
    </message>
    <message>
        <source>Made with CXMap from “%1” on %2. Praise on a customer moment is credited along the map’s links to the work that fed it.</source>
        <translation>Erstellt mit CXMap aus „%1“ am %2. Lob zu einem Kundenmoment wird entlang der Verknüpfungen der Map der Arbeit zugeschrieben, die ihn gespeist hat.</translation>
    </message>
    <message>
        <source>No department %1</source>
        <translation>Abteilung %1 gibt es nicht</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Recognition: %1</source>
        <translation>Anerkennung: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>fed %n praised moment(s)</source>
        <translation>
            <numerusform>speiste %n gelobten Moment</numerusform>
            <numerusform>speiste %n gelobte Momente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ReportDialog</name>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>Journeys in the report</source>
        <translation>Journeys im Bericht</translation>
    </message>
    <message>
        <source>&amp;Journeys:</source>
        <translation>&amp;Journeys:</translation>
    </message>
    <message>
        <source>Department sections in the report</source>
        <translation>Abteilungsabschnitte im Bericht</translation>
    </message>
    <message>
        <source>Some departments, not all: their own report, about their cards and the cards their chains reach (the rest of the map faded).</source>
        <translation>Einzelne Abteilungen statt aller: ein eigener Bericht über ihre Karten und die Karten, die ihre Ketten erreichen (der Rest der Map abgeblendet).</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>&amp;Abteilungen:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>P&amp;ortrait</source>
        <translation>&amp;Hochformat</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Querformat</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>Every &amp;map page</source>
        <translation>Alle &amp;Map-Seiten</translation>
    </message>
    <message>
        <source>A map of more than 12 pages otherwise gets an overview and the pages that matter.</source>
        <translation>Eine Map mit mehr als 12 Seiten erhält sonst eine Übersicht und die wichtigen Seiten.</translation>
    </message>
    <message>
        <source>Every &amp;card in the appendix</source>
        <translation>Alle &amp;Karten im Anhang</translation>
    </message>
    <message>
        <source>A journey of more than 500 cards otherwise lists the cards that matter.</source>
        <translation>Eine Journey mit mehr als 500 Karten listet sonst nur die wichtigen Karten auf.</translation>
    </message>
    <message>
        <source>Big journeys:</source>
        <translation>Große Journeys:</translation>
    </message>
    <message>
        <source>The department pages show the customer feedback and praise of the period from this day on.</source>
        <translation>Die Abteilungsseiten zeigen Kundenfeedback und Lob ab diesem Tag.</translation>
    </message>
    <message>
        <source>&amp;Feedback since:</source>
        <translation>&amp;Feedback seit:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the new report?</source>
        <translation>%1 ist bereits vorhanden. Durch den neuen Bericht ersetzen?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was saved.</source>
        <translation>Der Bericht wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>cx::ReviewBox</name>
    <message>
        <source>Last review</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>Als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>Mark this card reviewed</source>
        <translation>Diese Karte als geprüft markieren</translation>
    </message>
    <message>
        <source>Record that you reviewed this card today (Ctrl+Alt+R on the canvas)</source>
        <translation>Vermerken, dass Sie diese Karte heute geprüft haben (Ctrl+Alt+R auf der Arbeitsfläche)</translation>
    </message>
    <message>
        <source>Actions on this card</source>
        <translation>Maßnahmen zu dieser Karte</translation>
    </message>
    <message>
        <source>Ac&amp;tions…</source>
        <translation>&amp;Maßnahmen…</translation>
    </message>
    <message>
        <source>The actions on this card</source>
        <translation>Die Maßnahmen zu dieser Karte</translation>
    </message>
    <message>
        <source>Plan, edit or remove the actions on this card</source>
        <translation>Maßnahmen zu dieser Karte planen, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <source>Why the change was not made</source>
        <translation>Warum die Änderung nicht vorgenommen wurde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never reviewed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nie geprüft&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reviewed %1 by %2</source>
        <translation>Geprüft am %1 von %2</translation>
    </message>
    <message>
        <source>↻ stale: not reviewed %1</source>
        <translation>↻ überfällig: %1 nicht geprüft</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>noch keine verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>No actions planned on this card.</source>
        <translation>Zu dieser Karte sind keine Maßnahmen geplant.</translation>
    </message>
</context>
<context>
    <name>cx::Reviews</name>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>innerhalb des letzten Tages</numerusform>
            <numerusform>in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) reviewed %2</source>
        <translation>
            <numerusform>%1 von %n Karte %2 geprüft</numerusform>
            <numerusform>%1 von %n Karten %2 geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n %2 card(s) reviewed %3</source>
        <translation>
            <numerusform>%1 von %n Karte der Abteilung %2 %3 geprüft</numerusform>
            <numerusform>%1 von %n Karten der Abteilung %2 %3 geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::SearchBar</name>
    <message>
        <source>Only the cards of one %1</source>
        <translation>Nur Karten mit einem bestimmten Wert (%1)</translation>
    </message>
    <message>
        <source>Find cards: words in titles, descriptions, tags and comments</source>
        <translation>Karten suchen: Wörter in Titeln, Beschreibungen, Tags und Kommentaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Pain: low or worse</source>
        <translation>Schweregrad: niedrig oder höher</translation>
    </message>
    <message>
        <source>Pain: medium or worse</source>
        <translation>Schweregrad: mittel oder höher</translation>
    </message>
    <message>
        <source>Pain: high</source>
        <translation>Schweregrad: hoch</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Unhappy (−2, −1)</source>
        <translation>Unzufrieden (−2, −1)</translation>
    </message>
    <message>
        <source>Angry (−2)</source>
        <translation>Verärgert (−2)</translation>
    </message>
    <message>
        <source>Neutral (0)</source>
        <translation>Neutral (0)</translation>
    </message>
    <message>
        <source>Happy (+1, +2)</source>
        <translation>Zufrieden (+1, +2)</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 von %2 Karten</translation>
    </message>
</context>
<context>
    <name>cx::StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>CXMap</source>
        <translation>CXMap</translation>
    </message>
    <message>
        <source>Customer-journey maps that know who owns what and what feeds what.</source>
        <translation>Customer Journey Maps, die wissen, wer wofür verantwortlich ist und was was speist.</translation>
    </message>
    <message>
        <source>&amp;New Map</source>
        <translation>&amp;Neue Map</translation>
    </message>
    <message>
        <source>New from &amp;Template or Sample…</source>
        <translation>Neu aus &amp;Vorlage oder Beispiel…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent maps</source>
        <translation>&amp;Zuletzt geöffnete Maps</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Zuletzt geöffnete Maps</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
</context>
<context>
    <name>cx::Store</name>
    <message>
        <source>saving %1</source>
        <translation>Speichern %1</translation>
    </message>
    <message>
        <source>the file is damaged: feedback item %1 %2</source>
        <translation>die Datei ist beschädigt: Feedback-Eintrag %1 %2</translation>
    </message>
    <message>
        <source>has an id that is not a number</source>
        <translation>hat eine ID, die keine Zahl ist</translation>
    </message>
    <message>
        <source>has a value that is not a number</source>
        <translation>hat einen Wert, der keine Zahl ist</translation>
    </message>
    <message>
        <source>is neither redacted nor not</source>
        <translation>ist weder als geschwärzt noch als nicht geschwärzt markiert</translation>
    </message>
    <message>
        <source>is on card %1, which cannot exist</source>
        <translation>liegt auf Karte %1, die es nicht geben kann</translation>
    </message>
    <message>
        <source>has an unknown kind &quot;%1&quot;</source>
        <translation>hat eine unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>has an unknown source &quot;%1&quot;</source>
        <translation>hat eine unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <source>has an unknown score scale &quot;%1&quot;</source>
        <translation>hat eine unbekannte Score-Skala „%1“</translation>
    </message>
    <message>
        <source>has a sentiment of %1, not -2 to +2</source>
        <translation>hat die Stimmung %1 statt -2 bis +2</translation>
    </message>
    <message>
        <source>has a score of %1</source>
        <translation>hat den Score %1</translation>
    </message>
    <message>
        <source>has no valid date (&quot;%1&quot;)</source>
        <translation>hat kein gültiges Datum („%1“)</translation>
    </message>
    <message>
        <source>holds a text larger than CXMap writes</source>
        <translation>enthält einen längeren Text, als CXMap schreibt</translation>
    </message>
    <message>
        <source>names its candidate cards in a form CXMap does not write</source>
        <translation>nennt seine Kandidatenkarten in einer Form, die CXMap nicht schreibt</translation>
    </message>
    <message>
        <source>a feedback item</source>
        <translation>eines Feedback-Eintrags</translation>
    </message>
    <message>
        <source>reading the customer feedback</source>
        <translation>Lesen des Kundenfeedbacks</translation>
    </message>
    <message>
        <source>is on card %1, which the map does not have</source>
        <translation>liegt auf Karte %1, die es in der Map nicht gibt</translation>
    </message>
    <message>
        <source>cannot be kept as it is (%1)</source>
        <translation>kann so nicht gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>upgrading the file to version 2</source>
        <translation>Aktualisieren der Datei auf Version 2</translation>
    </message>
    <message>
        <source>upgrading the file to version 3</source>
        <translation>Aktualisieren der Datei auf Version 3</translation>
    </message>
    <message>
        <source>upgrading the file to version 4</source>
        <translation>Aktualisieren der Datei auf Version 4</translation>
    </message>
    <message>
        <source>upgrading the file to version 5</source>
        <translation>Aktualisieren der Datei auf Version 5</translation>
    </message>
    <message>
        <source>it already holds a &quot;feedback&quot; table that CXMap did not write</source>
        <translation>die Datei enthält bereits eine Tabelle &quot;feedback&quot;, die nicht von CXMap stammt</translation>
    </message>
    <message>
        <source>upgrading the file to version 6</source>
        <translation>Aktualisieren der Datei auf Version 6</translation>
    </message>
    <message>
        <source>creating the document&apos;s tables</source>
        <translation>Anlegen der Tabellen des Dokuments</translation>
    </message>
    <message>
        <source>upgrading the file</source>
        <translation>Aktualisieren der Datei</translation>
    </message>
    <message>
        <source>the file is damaged: &quot;%1&quot; is a view, not a table</source>
        <translation>die Datei ist beschädigt: &quot;%1&quot; ist eine View, keine Tabelle</translation>
    </message>
    <message>
        <source>it has no &quot;%1&quot; table</source>
        <translation>die Tabelle &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; table has no &quot;%2&quot; column</source>
        <translation>der Tabelle &quot;%1&quot; fehlt die Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>A text holds %1, which CXMap cannot keep exactly, while %2. Nothing of this step was saved.</source>
        <translation>Beim %2 enthält ein Text %1, was CXMap nicht unverändert speichern kann. Von diesem Schritt wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The disk is full (or the file reached its size limit) while %1. Nothing of this step was saved; everything before it is safe.</source>
        <translation>Beim %1 ist der Datenträger voll (oder die Datei hat ihre Größenbegrenzung erreicht). Von diesem Schritt wurde nichts gespeichert; alles davor ist sicher gespeichert.</translation>
    </message>
    <message>
        <source>The file cannot be written while %1: %2</source>
        <translation>Die Datei kann beim %1 nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file is damaged (%1) while %2</source>
        <translation>Die Datei ist beschädigt (%1); Fehler beim %2</translation>
    </message>
    <message>
        <source>Permission denied while %1: %2</source>
        <translation>Zugriff verweigert beim %1: %2</translation>
    </message>
    <message>
        <source>The file is in use by another program or CXMap window while %1</source>
        <translation>Beim %1 ist die Datei durch ein anderes Programm oder CXMap-Fenster belegt</translation>
    </message>
    <message>
        <source>The change breaks a rule of the document while %1: %2</source>
        <translation>Die Änderung verstößt beim %1 gegen eine Regel des Dokuments: %2</translation>
    </message>
    <message>
        <source>Input/output error while %1: %2</source>
        <translation>Ein-/Ausgabefehler beim %1: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>das ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>Sie haben keine Berechtigung, die Datei zu lesen</translation>
    </message>
    <message>
        <source>the file is empty, not a CXMap document</source>
        <translation>die Datei ist leer und daher kein CXMap-Dokument</translation>
    </message>
    <message>
        <source>it is not a CXMap document (not an SQLite database)</source>
        <translation>das ist kein CXMap-Dokument (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>the file is damaged (it is cut short)</source>
        <translation>die Datei ist beschädigt (sie ist unvollständig)</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a CXMap document</source>
        <translation>das ist eine SQLite-Datenbank, aber kein CXMap-Dokument</translation>
    </message>
    <message>
        <source>it was written by a newer version of CXMap (file format %1; this version reads up to %2). Please update CXMap</source>
        <translation>die Datei wurde mit einer neueren Version von CXMap geschrieben (Dateiformat %1; diese Version liest bis Format %2). Bitte aktualisieren Sie CXMap</translation>
    </message>
    <message>
        <source>its format version (%1) is unknown</source>
        <translation>die Formatversion der Datei (%1) ist unbekannt</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>die Datei wurde schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>in den Ordner der Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>it is open in another CXMap window or program</source>
        <translation>die Datei ist in einem anderen CXMap-Fenster oder Programm geöffnet</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>upgrading a copy of the older file in memory failed (%1)</source>
        <translation>das Aktualisieren einer Kopie der älteren Datei im Arbeitsspeicher ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>its tables do not have the form CXMap writes (%1)</source>
        <translation>die Tabellen der Datei haben nicht den Aufbau, den CXMap schreibt (%1)</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: a file of that name exists.</source>
        <translation>&quot;%1&quot; kann nicht erstellt werden: Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>creating the file</source>
        <translation>Erstellen der Datei</translation>
    </message>
    <message>
        <source>Cannot save as &quot;%1&quot;: a file of that name exists.</source>
        <translation>Speichern unter &quot;%1&quot; nicht möglich: Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot save as &quot;%1&quot;: it is a folder.</source>
        <translation>Speichern unter &quot;%1&quot; nicht möglich: Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot save as &quot;%1&quot;: that file is open in another CXMap window or program.</source>
        <translation>Speichern unter &quot;%1&quot; nicht möglich: Diese Datei ist in einem anderen CXMap-Fenster oder Programm geöffnet.</translation>
    </message>
    <message>
        <source>writing the copy</source>
        <translation>Schreiben der Kopie</translation>
    </message>
    <message>
        <source>Cannot save as &quot;%1&quot;: %2</source>
        <translation>Speichern unter &quot;%1&quot; nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot save as &quot;%1&quot;: the copy could not be put in place.</source>
        <translation>Speichern unter &quot;%1&quot; nicht möglich: Die Kopie konnte nicht an den Zielort verschoben werden.</translation>
    </message>
    <message>
        <source>a row of &quot;%1&quot; refers to a missing row of &quot;%2&quot;</source>
        <translation>eine Zeile der Tabelle &quot;%1&quot; verweist auf eine fehlende Zeile der Tabelle &quot;%2&quot;</translation>
    </message>
    <message>
        <source>starting an edit</source>
        <translation>Beginnen einer Bearbeitung</translation>
    </message>
    <message>
        <source>saving the edit</source>
        <translation>Speichern der Bearbeitung</translation>
    </message>
    <message>
        <source>limiting the file</source>
        <translation>Begrenzen der Dateigröße</translation>
    </message>
    <message>
        <source>The file is damaged (%1): its history cannot be read</source>
        <translation>Die Datei ist beschädigt (%1): Der Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>Lesen des Verlaufs</translation>
    </message>
    <message>
        <source>the history is damaged (record %1)</source>
        <translation>der Verlauf ist beschädigt (Eintrag %1)</translation>
    </message>
    <message>
        <source>The document is read-only: %1</source>
        <translation>Das Dokument ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>pruning the history</source>
        <translation>Kürzen des Verlaufs</translation>
    </message>
    <message>
        <source>clearing the history</source>
        <translation>Löschen des Verlaufs</translation>
    </message>
    <message>
        <source>The file&apos;s note of its pruned history is not a time: %1</source>
        <translation>Der in der Datei vermerkte Zeitpunkt der Verlaufskürzung ist keine gültige Zeitangabe: %1</translation>
    </message>
    <message>
        <source>Cannot save a copy without history as &quot;%1&quot;: it is the map itself.</source>
        <translation>Speichern einer Kopie ohne Verlauf unter &quot;%1&quot; nicht möglich: Das ist die Map selbst.</translation>
    </message>
    <message>
        <source>Cannot save a copy as &quot;%1&quot;: no temporary folder for the intermediate copy (%2)</source>
        <translation>Speichern einer Kopie unter &quot;%1&quot; nicht möglich: Kein temporärer Ordner für die Zwischenkopie verfügbar (%2)</translation>
    </message>
    <message>
        <source>Cannot save a copy as &quot;%1&quot;: %2</source>
        <translation>Speichern einer Kopie unter &quot;%1&quot; nicht möglich: %2</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>%1 %2 has an unknown %3 &quot;%4&quot;</source>
        <translation>%1 %2 hat einen unbekannten Wert für %3: &quot;%4&quot;</translation>
    </message>
    <message>
        <source>reading the document</source>
        <translation>Lesen der Map</translation>
    </message>
    <message>
        <source>card %1 has a value that is not a number</source>
        <translation>Karte %1 hat einen Wert, der keine Zahl ist</translation>
    </message>
    <message>
        <source>card %1 holds a text of %2 MB, larger than the 4 MB a card&apos;s text may take</source>
        <translation>Karte %1 enthält einen Text von %2 MB; der Text einer Karte darf höchstens 4 MB groß sein</translation>
    </message>
    <message>
        <source>card %1 has an emotion out of range</source>
        <translation>Karte %1 hat einen Emotionswert außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>card %1 has %2 votes</source>
        <translation>Karte %1 hat %2 Stimmen</translation>
    </message>
    <message>
        <source>card %1 has %2 dots of participant %3</source>
        <translation>Karte %1 hat %2 Punkte von Teilnehmer:in %3</translation>
    </message>
    <message>
        <source>card %1 counts participant %2&apos;s dots twice</source>
        <translation>Karte %1 zählt die Punkte von Teilnehmer:in %2 doppelt</translation>
    </message>
    <message>
        <source>a comment on card %1 is too long</source>
        <translation>Ein Kommentar zu Karte %1 ist zu lang</translation>
    </message>
    <message>
        <source>a comment on card %1 has no valid time</source>
        <translation>Ein Kommentar zu Karte %1 hat keine gültige Zeitangabe</translation>
    </message>
    <message>
        <source>an action on card %1 has no valid due day or status</source>
        <translation>Eine Maßnahme auf Karte %1 hat kein gültiges Fälligkeitsdatum oder keinen gültigen Status</translation>
    </message>
    <message>
        <source>the review of card %1 has no valid time</source>
        <translation>Die Prüfung von Karte %1 hat keine gültige Zeitangabe</translation>
    </message>
    <message>
        <source>the review interval %1 is not 1 to %2 days</source>
        <translation>Das Prüfintervall %1 liegt nicht zwischen 1 und %2 Tagen</translation>
    </message>
    <message>
        <source>department %1 has no valid colour</source>
        <translation>Abteilung %1 hat keine gültige Farbe</translation>
    </message>
    <message>
        <source>persona %1 holds a text larger than CXMap writes</source>
        <translation>Persona %1 enthält einen längeren Text, als CXMap schreibt</translation>
    </message>
    <message>
        <source>persona %1 has a picture of %2 bytes</source>
        <translation>Persona %1 hat ein Bild von %2 Byte</translation>
    </message>
    <message>
        <source>participant %1 has a budget of %2</source>
        <translation>Teilnehmer:in %1 hat ein Punktebudget von %2</translation>
    </message>
    <message>
        <source>journey %1 refers to a missing persona or journey</source>
        <translation>Journey %1 verweist auf eine fehlende Persona oder Journey</translation>
    </message>
    <message>
        <source>stage %1 belongs to no journey</source>
        <translation>Phase %1 gehört zu keiner Journey</translation>
    </message>
    <message>
        <source>lane %1 belongs to no journey</source>
        <translation>Bahn %1 gehört zu keiner Journey</translation>
    </message>
    <message>
        <source>card %1 is not in a cell of its journey</source>
        <translation>Karte %1 liegt in keiner Zelle ihrer Journey</translation>
    </message>
    <message>
        <source>card %1 refers to a missing department</source>
        <translation>Karte %1 verweist auf eine fehlende Abteilung</translation>
    </message>
    <message>
        <source>an action on card %1 refers to a missing department</source>
        <translation>Eine Maßnahme auf Karte %1 verweist auf eine fehlende Abteilung</translation>
    </message>
    <message>
        <source>card %1 has invalid contributing departments</source>
        <translation>Karte %1 hat ungültige beteiligte Abteilungen</translation>
    </message>
    <message>
        <source>card %1 has dots of a missing participant</source>
        <translation>Karte %1 hat Punkte einer fehlenden Teilnehmer:in</translation>
    </message>
    <message>
        <source>card %1 has fewer votes than dots</source>
        <translation>Karte %1 hat weniger Stimmen als Punkte</translation>
    </message>
    <message>
        <source>link %1 does not join two cards of one journey</source>
        <translation>Verknüpfung %1 verbindet nicht zwei Karten derselben Journey</translation>
    </message>
    <message>
        <source>a department</source>
        <translation>einer Abteilung</translation>
    </message>
    <message>
        <source>a persona</source>
        <translation>einer Persona</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>einer Teilnehmer:in</translation>
    </message>
    <message>
        <source>a journey</source>
        <translation>einer Journey</translation>
    </message>
    <message>
        <source>a stage</source>
        <translation>einer Phase</translation>
    </message>
    <message>
        <source>a lane</source>
        <translation>einer Bahn</translation>
    </message>
    <message>
        <source>a card</source>
        <translation>einer Karte</translation>
    </message>
    <message>
        <source>a card&apos;s place</source>
        <translation>der Position einer Karte</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>einer Verknüpfung</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>des Titels</translation>
    </message>
    <message>
        <source>the review interval</source>
        <translation>des Prüfintervalls</translation>
    </message>
    <message>
        <source>A version cannot be taken during an edit</source>
        <translation>Während einer Bearbeitung kann keine benannte Version angelegt werden</translation>
    </message>
    <message>
        <source>saving the version</source>
        <translation>Speichern der benannten Version</translation>
    </message>
    <message>
        <source>reading the versions</source>
        <translation>Lesen der benannten Versionen</translation>
    </message>
    <message>
        <source>the versions are damaged (version %1)</source>
        <translation>die benannten Versionen sind beschädigt (Version %1)</translation>
    </message>
    <message>
        <source>There is no version %1</source>
        <translation>Version %1 nicht gefunden</translation>
    </message>
    <message>
        <source>reading a version</source>
        <translation>Lesen einer benannten Version</translation>
    </message>
    <message>
        <source>saving the history</source>
        <translation>Speichern des Verlaufs</translation>
    </message>
    <message>
        <source>writing the history</source>
        <translation>Schreiben des Verlaufs</translation>
    </message>
    <message>
        <source>noting what the history lost</source>
        <translation>Vermerken der Verlaufskürzung</translation>
    </message>
</context>
<context>
    <name>cx::TeamMapDialog</name>
    <message>
        <source>Open Team Map</source>
        <translation>Team-Map öffnen</translation>
    </message>
    <message>
        <source>postgresql://you@server/database</source>
        <translation>postgresql://benutzer@server/datenbank</translation>
    </message>
    <message>
        <source>The map&apos;s name on the server</source>
        <translation>Name der Map auf dem Server</translation>
    </message>
    <message>
        <source>&amp;List Maps</source>
        <translation>Maps &amp;auflisten</translation>
    </message>
    <message>
        <source>Ask the server which maps you may open</source>
        <translation>Beim Server abfragen, welche Maps Sie öffnen dürfen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>PG* settings</source>
        <translation>PG*-Einstellungen</translation>
    </message>
    <message>
        <source>The server is named as for psql: a postgresql:// address, key=value settings, or nothing for the PG* variables. Passwords come from ~/.pgpass or are asked for; CXMap never keeps one.</source>
        <translation>Der Server wird wie bei psql angegeben: als postgresql://-Adresse, als key=value-Einstellungen oder gar nicht für die PG*-Variablen. Passwörter kommen aus ~/.pgpass oder werden abgefragt; CXMap speichert nie ein Passwort.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Recent team maps:</source>
        <translation>Zuletzt geöffnete Team-Maps:</translation>
    </message>
    <message>
        <source>There is no map you may open on this server yet.</source>
        <translation>Auf diesem Server gibt es noch keine Map, die Sie öffnen dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) you may open.</source>
        <translation>
            <numerusform>%n Map, die Sie öffnen dürfen.</numerusform>
            <numerusform>%n Maps, die Sie öffnen dürfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Teamserver-Passwort</translation>
    </message>
    <message>
        <source>The team server %1 asks for a password. It is used for this connection only.</source>
        <translation>Der Teamserver %1 fragt nach einem Passwort. Es wird nur für diese Verbindung verwendet.</translation>
    </message>
    <message>
        <source>(PG* settings)</source>
        <translation>(PG*-Einstellungen)</translation>
    </message>
</context>
<context>
    <name>cx::TeamStore</name>
    <message>
        <source>feedback item %1</source>
        <translation>Feedback-Eintrag %1</translation>
    </message>
    <message>
        <source>Cannot connect to the team server: out of memory</source>
        <translation>Verbindung zum Teamserver nicht möglich: nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>der Verbindungsaufbau ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot connect to the team server: %1</source>
        <translation>Verbindung zum Teamserver nicht möglich: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>what failed: Cannot %1 on the team server</comment>
        <translation>Einrichten der Verbindung</translation>
    </message>
    <message>
        <source>Cannot %1 on the team server: %2</source>
        <translation>%1 auf dem Teamserver nicht möglich: %2</translation>
    </message>
    <message>
        <source>local socket</source>
        <comment>where the team server is</comment>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <source>reconnect</source>
        <comment>verb: what failed</comment>
        <translation>Wiederherstellen der Verbindung</translation>
    </message>
    <message>
        <source>save “%1”</source>
        <translation>Speichern von „%1“</translation>
    </message>
    <message>
        <source>save the comments of “%1”</source>
        <translation>Speichern der Kommentare zu „%1“</translation>
    </message>
    <message>
        <source>A comment on “%1” was removed by someone else, or is not %2&apos;s to remove: nothing was saved.</source>
        <translation>Ein Kommentar zu „%1“ wurde von jemand anderem entfernt oder darf von %2 nicht entfernt werden: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There is no room left in this cell between other departments&apos; cards: a facilitator of the map can tidy it by moving one of its cards.</source>
        <translation>In dieser Zelle ist zwischen den Karten anderer Abteilungen kein Platz mehr: Moderator:innen der Map können Platz schaffen, indem sie eine der Karten dieser Zelle verschieben.</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
    <message>
        <source>The history cannot be read: the connection to the team server was lost.</source>
        <translation>Der Verlauf kann nicht gelesen werden: Die Verbindung zum Teamserver wurde unterbrochen.</translation>
    </message>
    <message>
        <source>read the map&apos;s history</source>
        <translation>Lesen des Verlaufs der Map</translation>
    </message>
    <message>
        <source>The history cannot be pruned during an edit</source>
        <translation>Der Verlauf kann während einer Bearbeitung nicht gekürzt werden</translation>
    </message>
    <message>
        <source>No date to prune before</source>
        <translation>Kein Stichtag zum Kürzen des Verlaufs angegeben</translation>
    </message>
    <message>
        <source>prune the map&apos;s history</source>
        <translation>Kürzen des Verlaufs der Map</translation>
    </message>
    <message>
        <source>Only the map&apos;s facilitators prune its history; %1 is a %2.</source>
        <translation>Nur Moderator:innen der Map können ihren Verlauf kürzen; %1 ist %2.</translation>
    </message>
    <message>
        <source>A version cannot be taken during an edit</source>
        <translation>Während einer Bearbeitung kann keine benannte Version angelegt werden</translation>
    </message>
    <message>
        <source>take the version “%1”</source>
        <translation>Anlegen der benannten Version „%1“</translation>
    </message>
    <message>
        <source>A %1 takes no versions of the map.</source>
        <translation>Als %1 können Sie keine benannten Versionen der Map anlegen.</translation>
    </message>
    <message>
        <source>read the map&apos;s versions</source>
        <translation>Lesen der benannten Versionen der Map</translation>
    </message>
    <message>
        <source>read version %1</source>
        <translation>Lesen der Version %1</translation>
    </message>
    <message>
        <source>The map has no version with id %1</source>
        <translation>Die Map hat keine Version mit der ID %1</translation>
    </message>
    <message>
        <source>follow the map</source>
        <translation>Verfolgen der Änderungen an der Map</translation>
    </message>
    <message>
        <source>read others&apos; changes</source>
        <translation>Lesen der Änderungen anderer</translation>
    </message>
    <message>
        <source>upgrade the CXMap schema to version 4</source>
        <translation>Aktualisieren des CXMap-Schemas auf Version 4</translation>
    </message>
    <message>
        <source>upgrade the CXMap schema to version 5</source>
        <translation>Aktualisieren des CXMap-Schemas auf Version 5</translation>
    </message>
    <message>
        <source>upgrade the CXMap schema to version 6</source>
        <translation>Aktualisieren des CXMap-Schemas auf Version 6</translation>
    </message>
    <message>
        <source>upgrade the CXMap schema to version 7</source>
        <translation>Aktualisieren des CXMap-Schemas auf Version 7</translation>
    </message>
    <message>
        <source>The map on the server holds what CXMap cannot read: %1</source>
        <translation>Die Map auf dem Server enthält Daten, die CXMap nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>%1 %2 has an unknown value &quot;%3&quot;</source>
        <translation>%1 %2 hat einen unbekannten Wert &quot;%3&quot;</translation>
    </message>
    <message>
        <source>read the map</source>
        <translation>Lesen der Map</translation>
    </message>
    <message>
        <source>department %1 has no valid colour</source>
        <translation>Abteilung %1 hat keine gültige Farbe</translation>
    </message>
    <message>
        <source>persona %1 has a picture of %2 bytes</source>
        <translation>Persona %1 hat ein Bild von %2 Byte</translation>
    </message>
    <message>
        <source>feedback %1 names its candidate cards in a form CXMap does not write</source>
        <translation>Feedback-Eintrag %1 nennt seine Kandidatenkarten in einer Form, die CXMap nicht schreibt</translation>
    </message>
    <message>
        <source>feedback %1 cannot be kept as it is (%2)</source>
        <translation>Feedback-Eintrag %1 kann so nicht übernommen werden (%2)</translation>
    </message>
    <message>
        <source>The map is no longer on the team server: it was deleted.</source>
        <translation>Die Map wurde vom Teamserver gelöscht und ist dort nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>a review interval of %1 days</source>
        <translation>ein Prüfintervall von %1 Tagen</translation>
    </message>
    <message>
        <source>publish the map</source>
        <translation>Veröffentlichen der Map</translation>
    </message>
    <message>
        <source>replace the map</source>
        <translation>Ersetzen der Map</translation>
    </message>
    <message>
        <source>upgrade the CXMap schema to version 2</source>
        <translation>Aktualisieren des CXMap-Schemas auf Version 2</translation>
    </message>
    <message>
        <source>upgrade the CXMap schema to version 3</source>
        <translation>Aktualisieren des CXMap-Schemas auf Version 3</translation>
    </message>
    <message>
        <source>This database is not a CXMap team server: it has a schema named &quot;cxmap&quot; that CXMap did not make. Use another database.</source>
        <translation>Diese Datenbank ist kein CXMap-Teamserver: Das Schema &quot;cxmap&quot; darin wurde nicht von CXMap angelegt. Bitte verwenden Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>read the server&apos;s CXMap schema</source>
        <translation>Lesen des CXMap-Schemas</translation>
    </message>
    <message>
        <source>The server&apos;s CXMap schema was made by a newer version of CXMap (schema %1; this version knows up to %2). Please update CXMap.</source>
        <translation>Das CXMap-Schema des Servers wurde von einer neueren CXMap-Version angelegt (Schema %1; diese Version kennt höchstens Schema %2). Bitte aktualisieren Sie CXMap.</translation>
    </message>
    <message>
        <source>set up the CXMap schema</source>
        <translation>Einrichten des CXMap-Schemas</translation>
    </message>
    <message>
        <source>no schema version %1</source>
        <translation>es gibt keine Schemaversion %1</translation>
    </message>
    <message>
        <source>created the CXMap schema (version %1)</source>
        <translation>CXMap-Schema angelegt (Version %1)</translation>
    </message>
    <message>
        <source>upgraded the CXMap schema from version %1 to %2</source>
        <translation>CXMap-Schema von Version %1 auf %2 aktualisiert</translation>
    </message>
    <message>
        <source>the CXMap schema is up to date (version %1)</source>
        <translation>das CXMap-Schema ist aktuell (Version %1)</translation>
    </message>
    <message>
        <source>This database is not a CXMap team server (it has no CXMap schema). Its administrator sets it up with `cxmap server init`.</source>
        <translation>Diese Datenbank ist kein CXMap-Teamserver (sie hat kein CXMap-Schema). Die Serveradministration kann sie mit `cxmap server init` einrichten.</translation>
    </message>
    <message>
        <source>The server&apos;s CXMap schema is older (version %1) than this CXMap (version %2). Its administrator upgrades it with `cxmap server init`.</source>
        <translation>Das CXMap-Schema des Servers ist älter (Version %1) als dieses CXMap (Version %2). Die Serveradministration kann es mit `cxmap server init` aktualisieren.</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>verb: what failed</comment>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>a map needs a name (--map NAME)</source>
        <translation>eine Map braucht einen Namen (--map NAME)</translation>
    </message>
    <message>
        <source>a map name has at most %1 characters (this one has %2)</source>
        <translation>ein Map-Name hat höchstens %1 Zeichen (dieser hat %2)</translation>
    </message>
    <message>
        <source>a map name cannot hold control characters</source>
        <translation>ein Map-Name darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>find the map</source>
        <translation>Suchen der Map</translation>
    </message>
    <message>
        <source>There is no map named “%1” on %2.</source>
        <translation>Auf %2 gibt es keine Map namens „%1“.</translation>
    </message>
    <message>
        <source>list the maps</source>
        <translation>Auflisten der Maps</translation>
    </message>
    <message>
        <source>A map named “%1” is already on the server. Choose another name, or replace it with --replace (its facilitators only).</source>
        <translation>Auf dem Server gibt es bereits eine Map namens „%1“. Wählen Sie einen anderen Namen, oder ersetzen Sie die Map mit --replace (nur für ihre Moderator:innen).</translation>
    </message>
    <message>
        <source>Only a facilitator of “%1” may replace it, and %2 is not one.</source>
        <translation>Nur Moderator:innen von „%1“ dürfen die Map ersetzen, und %2 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>read your rights</source>
        <translation>Lesen Ihrer Rechte</translation>
    </message>
    <message>
        <source>grant rights</source>
        <translation>Vergabe von Rechten</translation>
    </message>
    <message>
        <source>There is no server role “%1”: the server&apos;s administrator makes login roles (CREATE ROLE ... LOGIN).</source>
        <translation>Es gibt keine Serverrolle „%1“: Login-Rollen legt die Serveradministration an (CREATE ROLE ... LOGIN).</translation>
    </message>
    <message>
        <source>Name the departments a member works for (--department NAME).</source>
        <translation>Nennen Sie die Abteilungen, für die das Mitglied arbeitet (--department NAME).</translation>
    </message>
    <message>
        <source>The map “%1” has no department “%2”; it has: %3</source>
        <translation>Die Map „%1“ hat keine Abteilung „%2“; vorhanden sind: %3</translation>
    </message>
    <message>
        <source>revoke rights</source>
        <translation>Entzug von Rechten</translation>
    </message>
    <message>
        <source>%1 has no rights on “%2”.</source>
        <translation>%1 hat keine Rechte an „%2“.</translation>
    </message>
    <message>
        <source>delete the map</source>
        <translation>Löschen der Map</translation>
    </message>
    <message>
        <source>Only a facilitator of “%1” may %2 on it, and %3 is not one.</source>
        <translation>%2 ist nur Moderator:innen von „%1“ erlaubt, und %3 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>it belongs to a department you are not a member of</source>
        <translation>es gehört zu einer Abteilung, in der Sie nicht Mitglied sind</translation>
    </message>
    <message>
        <source>it is on a card of a department you are not a member of</source>
        <translation>es ist einer Karte einer Abteilung zugeordnet, in der Sie nicht Mitglied sind</translation>
    </message>
    <message>
        <source>only its facilitators change the map&apos;s structure</source>
        <translation>nur die Moderator:innen dürfen die Struktur der Map ändern</translation>
    </message>
    <message>
        <source>team map “%1” on %2</source>
        <translation>Team-Map „%1“ auf %2</translation>
    </message>
    <message>
        <source>facilitator</source>
        <comment>role on a team map</comment>
        <translation>Moderator:in</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>role on a team map</comment>
        <translation>Betrachter:in</translation>
    </message>
    <message>
        <source>member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <source>Only the map&apos;s facilitators change its stages, lanes, journeys, departments and personas; %1 is a %2.</source>
        <translation>Nur die Moderator:innen der Map dürfen Phasen, Bahnen, Journeys, Abteilungen und Personas ändern; %1 ist %2.</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>keiner Abteilung</translation>
    </message>
    <message>
        <source>This card belongs to %1, and %2 is a %3: you may vote and comment on it, not change it.</source>
        <translation>Diese Karte gehört zu %1, und %2 ist %3: Sie können für die Karte abstimmen und sie kommentieren, aber nicht ändern.</translation>
    </message>
    <message>
        <source>the map “%1” was deleted from the team server (or %2&apos;s rights on it were taken); File &gt; Save As keeps what this window shows</source>
        <translation>die Map „%1“ wurde vom Teamserver gelöscht (oder %2 hat keine Rechte mehr daran); Datei &gt; Speichern unter sichert, was dieses Fenster zeigt</translation>
    </message>
    <message>
        <source>the connection to the team server was lost; reconnecting</source>
        <translation>die Verbindung zum Teamserver wurde unterbrochen; sie wird wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 may read this team map, not change it</source>
        <translation>%1 darf diese Team-Map lesen, aber nicht ändern</translation>
    </message>
    <message>
        <source>%1 exists: choose another name</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>a team map has no page limit</source>
        <translation>eine Team-Map hat keine Seitenbegrenzung</translation>
    </message>
    <message>
        <source>undo the change</source>
        <translation>Verwerfen der Änderung</translation>
    </message>
    <message>
        <source>%1 may not make this change on the team map (%2).</source>
        <translation>%1 darf diese Änderung an der Team-Map nicht vornehmen (%2).</translation>
    </message>
    <message>
        <source>The change was not saved: the connection to the team server was lost (%1). The map is read-only until it is back.</source>
        <translation>Die Änderung wurde nicht gespeichert: Die Verbindung zum Teamserver wurde unterbrochen (%1). Die Map ist schreibgeschützt, bis die Verbindung wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>take a new id</source>
        <translation>Abrufen einer neuen ID</translation>
    </message>
    <message>
        <source>remove “%1”</source>
        <translation>Entfernen von „%1“</translation>
    </message>
    <message>
        <source>check “%1”</source>
        <translation>Überprüfen von „%1“</translation>
    </message>
    <message>
        <source>“%1” was removed by someone else since you saw it: your change was not saved. The map now shows what is on the server.</source>
        <translation>„%1“ wurde inzwischen von jemand anderem entfernt: Ihre Änderung wurde nicht gespeichert. Die Map zeigt jetzt den Stand auf dem Server.</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 since your step: it was not undone, and the map shows their version.</source>
        <translation>„%1“ wurde nach Ihrem Schritt von %2 geändert: Der Schritt wurde nicht rückgängig gemacht, und die Map zeigt die geänderte Fassung.</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 since you saw it: your change was not saved, and the map now shows theirs.</source>
        <translation>„%1“ wurde inzwischen von %2 geändert: Ihre Änderung wurde nicht gespeichert, und die Map zeigt jetzt die geänderte Fassung.</translation>
    </message>
    <message>
        <source>%1 may not change “%2” on this team map: %3</source>
        <translation>%1 darf „%2“ in dieser Team-Map nicht ändern: %3</translation>
    </message>
    <message>
        <source>save the %1</source>
        <translation>Speichern %1</translation>
    </message>
    <message>
        <source>Only the map&apos;s facilitators change its %1.</source>
        <translation>Eine Änderung %1 ist nur den Moderator:innen der Map erlaubt.</translation>
    </message>
    <message>
        <source>title</source>
        <comment>of the map: Only the map&apos;s facilitators change its %1</comment>
        <translation>des Titels</translation>
    </message>
    <message>
        <source>review interval</source>
        <comment>of the map: Only the map&apos;s facilitators change its %1</comment>
        <translation>des Prüfintervalls</translation>
    </message>
</context>
<context>
    <name>cx::Text</name>
    <message>
        <source>a lone surrogate U+%1 at character %2</source>
        <translation>ein einzelnes Surrogat U+%1 an Zeichenposition %2</translation>
    </message>
    <message>
        <source>a NUL character at character %1</source>
        <translation>ein NUL-Zeichen an Zeichenposition %1</translation>
    </message>
</context>
<context>
    <name>cx::VersionCompare</name>
    <message>
        <source>unrated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>emotion %1 → %2</source>
        <translation>Emotion %1 → %2</translation>
    </message>
    <message>
        <source>title was %1</source>
        <translation>Titel war %1</translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <translation>%1 geändert: %2</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>stage %1: emotion %2 → %3</source>
        <translation>Phase %1: Emotion %2 → %3</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>accountable</source>
        <translation>verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>contributing</source>
        <translation>beteiligte Abteilungen</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>kpis</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Bahn</translation>
    </message>
</context>
<context>
    <name>cx::VersionsDialog</name>
    <message>
        <source>Journey “%1”: %2 added, %3 removed, %4 changed, %5 unchanged</source>
        <translation>Journey „%1“: %2 hinzugefügt, %3 entfernt, %4 geändert, %5 unverändert</translation>
    </message>
    <message>
        <source>  no changes</source>
        <translation>  keine Änderungen</translation>
    </message>
    <message>
        <source>Named Versions</source>
        <translation>Benannte Versionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>&amp;Versions (select one to compare with now, two to compare with each other):</source>
        <translation>&amp;Versionen (eine wählen: mit dem aktuellen Stand vergleichen; zwei wählen: miteinander vergleichen):</translation>
    </message>
    <message>
        <source>What changed appears here.</source>
        <translation>Hier erscheinen die Änderungen.</translation>
    </message>
    <message>
        <source>e.g. After the 12 November workshop</source>
        <translation>z. B. Nach dem Workshop am 12. November</translation>
    </message>
    <message>
        <source>&amp;New version:</source>
        <translation>&amp;Neue Version:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Compare with &amp;Now</source>
        <translation>Mit aktuellem &amp;Stand vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;Two</source>
        <translation>&amp;Zwei vergleichen</translation>
    </message>
    <message>
        <source>&amp;Restore as New Map…</source>
        <translation>Als neue Map &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>The map is read-only: versions can be compared and restored, not taken (%1)</source>
        <translation>Die Map ist schreibgeschützt: Versionen können verglichen und wiederhergestellt, aber nicht angelegt werden (%1)</translation>
    </message>
    <message>
        <source>Kept the map as it is now as “%1”.</source>
        <translation>Aktuellen Stand der Map als „%1“ festgehalten.</translation>
    </message>
    <message>
        <source>Changes from the older version to the newer one.</source>
        <translation>Änderungen von der älteren zur neueren Version.</translation>
    </message>
    <message>
        <source>Changes from the version to now.</source>
        <translation>Änderungen von der Version bis zum aktuellen Stand.</translation>
    </message>
    <message>
        <source>Restore as New Map</source>
        <translation>Als neue Map wiederherstellen</translation>
    </message>
    <message>
        <source>CXMap maps (*.cxmap)</source>
        <translation>CXMap-Maps (*.cxmap)</translation>
    </message>
    <message>
        <source>Restored as the new map %1.</source>
        <translation>Als neue Map %1 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>cx::VotingPanel</name>
    <message>
        <source>Voting</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>Who votes now</source>
        <translation>Wer jetzt abstimmt</translation>
    </message>
    <message>
        <source>&amp;Voting as:</source>
        <translation>&amp;Abstimmen als:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer:innen</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer:in</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Punkte übrig</translation>
    </message>
    <message>
        <source>Name of a new participant</source>
        <translation>Name einer neuen Teilnehmer:in</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neue Teilnehmer:in</translation>
    </message>
    <message>
        <source>Enter adds the name; Enter on an empty field or Esc goes back to the canvas</source>
        <translation>Enter fügt den Namen hinzu; Enter in einem leeren Feld oder Esc kehrt zur Arbeitsfläche zurück</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the participant</source>
        <translation>Teilnehmer:in hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Ausgewählte Teilnehmer:in entfernen</translation>
    </message>
    <message>
        <source>Their dots go with them; undo brings both back</source>
        <translation>Ihre Punkte werden mit entfernt; Rückgängig stellt beides wieder her</translation>
    </message>
    <message>
        <source>Dots per journey for the selected participant</source>
        <translation>Punkte pro Journey für die ausgewählte Teilnehmer:in</translation>
    </message>
    <message>
        <source>&amp;Dots per journey:</source>
        <translation>&amp;Punkte pro Journey:</translation>
    </message>
    <message>
        <source>Most votes on this journey</source>
        <translation>Meiste Stimmen in dieser Journey</translation>
    </message>
    <message>
        <source>Cards ranked by votes</source>
        <translation>Karten nach Stimmen geordnet</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Reset &amp;Votes</source>
        <translation>&amp;Stimmen zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the votes on this journey</source>
        <translation>Stimmen in dieser Journey zurücksetzen</translation>
    </message>
    <message>
        <source>Why the last voting edit was refused</source>
        <translation>Warum die letzte Änderung an der Abstimmung abgelehnt wurde</translation>
    </message>
    <message>
        <source>Clears every vote on this journey in one step (Undo brings them back)</source>
        <translation>Löscht alle Stimmen in dieser Journey in einem Schritt (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (%2 übrig)</translation>
    </message>
    <message>
        <source>Add a participant below</source>
        <translation>Fügen Sie unten eine Teilnehmer:in hinzu</translation>
    </message>
    <message>
        <source>On a team map you vote as your server role, %1: V on a card votes, Shift+V takes the vote back</source>
        <translation>In einer Team-Map stimmen Sie mit Ihrer Serverrolle %1 ab: V auf einer Karte gibt eine Stimme ab, Shift+V nimmt sie zurück</translation>
    </message>
    <message>
        <source>V on a card votes as this participant, Shift+V takes the vote back; [ and ] switch participants</source>
        <translation>V auf einer Karte stimmt als diese Teilnehmer:in ab, Shift+V nimmt die Stimme zurück; [ und ] wechseln die Teilnehmer:in</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Noch keine Stimmen</translation>
    </message>
</context>
<context>
    <name>cx::canvas::BackdropItem</name>
    <message>
        <source>Line of interaction</source>
        <translation>Interaktionslinie</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Linie der internen Interaktion</translation>
    </message>
    <message>
        <source>STAGE %1  ·  %2 cards</source>
        <translation>PHASE %1  ·  %2 Karten</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
</context>
<context>
    <name>cx::canvas::CardItem</name>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>↻ stale</source>
        <translation>↻ überfällig</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>%1 unnamed</source>
        <translation>%1 ohne Namen</translation>
    </message>
    <message>
        <source>Votes: %1 (%2)</source>
        <translation>Stimmen: %1 (%2)</translation>
    </message>
    <message>
        <source>Comments: %1; the latest by %2: %3</source>
        <translation>Kommentare: %1; der letzte von %2: %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>Maßnahme: %1 (%2)</translation>
    </message>
    <message>
        <source>Reviewed %1 by %2</source>
        <translation>Geprüft am %1 von %2</translation>
    </message>
    <message>
        <source>Not reviewed %1</source>
        <translation>Keine Prüfung %1</translation>
    </message>
    <message>
        <source>%1 (never reviewed)</source>
        <translation>%1 (nie geprüft)</translation>
    </message>
    <message>
        <source>%1 (last: %2 by %3)</source>
        <translation>%1 (zuletzt: %2 von %3)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Med</source>
        <comment>medium, abbreviated</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>cx::canvas::Export</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The map is too large for one image (at most %1 pixels a side, %2 million in all): export it as SVG or as a PDF report instead.</source>
        <translation>Die Map ist zu groß für ein einzelnes Bild (höchstens %1 Pixel pro Seite, insgesamt %2 Millionen): Exportieren Sie sie stattdessen als SVG oder als PDF-Bericht.</translation>
    </message>
    <message>
        <source>Customer journey map made with CXMap</source>
        <translation>Customer Journey Map, erstellt mit CXMap</translation>
    </message>
</context>
<context>
    <name>cx::canvas::JourneyView</name>
    <message>
        <source>Journey canvas</source>
        <translation>Journey-Arbeitsfläche</translation>
    </message>
    <message>
        <source>Stages as columns, lanes as rows, cards as notes. Arrow keys move between cards, F2 edits a title, double-click an empty cell to add a card.</source>
        <translation>Phasen als Spalten, Bahnen als Zeilen, Karten als Notizen. Pfeiltasten wechseln zwischen Karten, F2 bearbeitet einen Titel, ein Doppelklick auf eine leere Zelle fügt eine Karte hinzu.</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>Kartentitel</translation>
    </message>
    <message>
        <source>Card title, Enter to save, Esc to cancel</source>
        <translation>Kartentitel, Enter zum Speichern, Esc zum Abbrechen</translation>
    </message>
</context>
<context>
    <name>cx::report::Report</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>its pain points</source>
        <translation>ihre Pain Points</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>the cards on the top %1 impact chains</source>
        <translation>die Karten auf den %1 wichtigsten Wirkungsketten</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Reached by their links</source>
        <translation>Über ihre Verknüpfungen erreicht</translation>
    </message>
    <message>
        <source>Contributing: </source>
        <translation>Beteiligt: </translation>
    </message>
    <message>
        <source>Listed here, in reading order and each with its comments, are the %1 cards of %2 (accountable or contributing) and the %3 cards their chains reach (their links followed forward, across departments). The journey&apos;s other %4 cards are left out: </source>
        <translation>Aufgeführt sind hier in Lesereihenfolge, jeweils mit ihren Kommentaren, die %1 Karten von %2 (verantwortlich oder beteiligt) sowie die %3 Karten, die ihre Ketten erreichen (Verknüpfungen vorwärts verfolgt, auch über Abteilungen hinweg). Die übrigen %4 Karten der Journey sind nicht enthalten: </translation>
    </message>
    <message>
        <source>Appendix: the cards of %1</source>
        <translation>Anhang: Karten von %1</translation>
    </message>
    <message>
        <source>Appendix: the cards that matter</source>
        <translation>Anhang: die relevanten Karten</translation>
    </message>
    <message>
        <source>Appendix: every card</source>
        <translation>Anhang: alle Karten</translation>
    </message>
    <message>
        <source>The journey has no cards yet.</source>
        <translation>Die Journey hat noch keine Karten.</translation>
    </message>
    <message>
        <source>cxmap export --full-appendix, or “Every card in the appendix” in the export dialog, lists them all, and so does File &gt; Export &gt; CSV.</source>
        <translation>cxmap export --full-appendix oder „Alle Karten im Anhang“ im Exportdialog führt sie alle auf, ebenso Datei &gt; Exportieren &gt; Journey als CSV.</translation>
    </message>
    <message>
        <source>The journey has %1 cards and none of them is %2, so none is listed here. </source>
        <translation>Die Journey hat %1 Karten, doch keine davon ist %2; daher ist hier keine aufgeführt. </translation>
    </message>
    <message>
        <source>a pain point, an opportunity or on a top impact chain</source>
        <translation>ein Pain Point, eine Chance oder Teil einer der wichtigsten Wirkungsketten</translation>
    </message>
    <message>
        <source>The journey has %1 cards; listed here are the %2 that matter: %3, in reading order. %4 cards are left out: </source>
        <translation>Die Journey hat %1 Karten; aufgeführt sind hier in Lesereihenfolge die %2 relevanten: %3. %4 Karten sind nicht enthalten: </translation>
    </message>
    <message>
        <source>The %1 cards of the journey in reading order: stage by stage, lane by lane, as they sit on the map.</source>
        <translation>Die %1 Karten der Journey in Lesereihenfolge: Phase für Phase, Bahn für Bahn, so wie sie auf der Map angeordnet sind.</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>table column</comment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <comment>table column</comment>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Card</source>
        <comment>table column</comment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Accountable</source>
        <comment>table column: accountable department</comment>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Emotion</source>
        <comment>table column or chart series</comment>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Votes</source>
        <comment>table column</comment>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>title</source>
        <comment>changed card field</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <comment>changed card field</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>channel</source>
        <comment>changed card field</comment>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>changed card field</comment>
        <translation>verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>changed card field</comment>
        <translation>beteiligte Abteilungen</translation>
    </message>
    <message>
        <source>emotion</source>
        <comment>changed card field</comment>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>evidence</source>
        <comment>changed card field</comment>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>pain severity</source>
        <comment>changed card field</comment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>impact</source>
        <comment>changed card field</comment>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>status</source>
        <comment>changed card field</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>votes</source>
        <comment>changed card field</comment>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>KPIs</source>
        <comment>changed card field</comment>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>tags</source>
        <comment>changed card field</comment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>stage</source>
        <comment>changed card field</comment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <comment>changed card field</comment>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>None.</source>
        <comment>nothing in this list</comment>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Current and future state</source>
        <translation>Aktueller und künftiger Zustand</translation>
    </message>
    <message>
        <source>The future state “%1” against the current state “%2” it was designed from: %3 added, %4 removed, %5 changed and %6 unchanged.</source>
        <translation>Der künftige Zustand „%1“ im Vergleich zum aktuellen Zustand „%2“, aus dem er entwickelt wurde: %3 hinzugefügt, %4 entfernt, %5 geändert und %6 unverändert.</translation>
    </message>
    <message>
        <source>Emotion, stage by stage</source>
        <translation>Emotion, Phase für Phase</translation>
    </message>
    <message>
        <source>no change</source>
        <comment>emotion change</comment>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source> better</source>
        <comment>emotion change</comment>
        <translation> besser</translation>
    </message>
    <message>
        <source> worse</source>
        <comment>emotion change</comment>
        <translation> schlechter</translation>
    </message>
    <message>
        <source>new stage</source>
        <comment>stage only in the future state</comment>
        <translation>neue Phase</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>stage not in the future state</comment>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>table column: current state</comment>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Future</source>
        <comment>table column: future state</comment>
        <translation>Künftig</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>table column: emotion change</comment>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Cards added</source>
        <translation>Hinzugefügte Karten</translation>
    </message>
    <message>
        <source>Cards removed</source>
        <translation>Entfernte Karten</translation>
    </message>
    <message>
        <source>Cards changed (%1)</source>
        <translation>Geänderte Karten (%1)</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>vorher „%1“</translation>
    </message>
    <message>
        <source>Card (future state)</source>
        <translation>Karte (künftiger Zustand)</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Emotion before</source>
        <translation>Emotion vorher</translation>
    </message>
    <message>
        <source>after</source>
        <comment>table column: emotion after the change</comment>
        <translation>nachher</translation>
    </message>
    <message>
        <source>IN THIS REPORT</source>
        <translation>IN DIESEM BERICHT</translation>
    </message>
    <message>
        <source>CUSTOMER JOURNEY REPORT</source>
        <translation>CUSTOMER-JOURNEY-BERICHT</translation>
    </message>
    <message>
        <source>For </source>
        <translation>Für </translation>
    </message>
    <message>
        <source>PERSONA</source>
        <comment>cover caption</comment>
        <translation>PERSONA</translation>
    </message>
    <message>
        <source>Goals</source>
        <comment>persona</comment>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <comment>persona</comment>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>ABOUT THIS JOURNEY</source>
        <translation>ÜBER DIESE JOURNEY</translation>
    </message>
    <message>
        <source>Prepared %1 · made with CXMap %2</source>
        <translation>Erstellt am %1 · mit CXMap %2</translation>
    </message>
    <message>
        <source> / target </source>
        <translation> / Ziel </translation>
    </message>
    <message>
        <source>Mean emotion: </source>
        <translation>Mittlere Emotion: </translation>
    </message>
    <message>
        <source>Mean emotion</source>
        <translation>Mittlere Emotion</translation>
    </message>
    <message>
        <source>Cards owned</source>
        <translation>Verantwortete Karten</translation>
    </message>
    <message>
        <source>Contributes to</source>
        <comment>count label or chart series</comment>
        <translation>Beteiligt an</translation>
    </message>
    <message>
        <source>Pain points owned</source>
        <translation>Verantwortete Pain Points</translation>
    </message>
    <message>
        <source>Votes on its cards</source>
        <translation>Stimmen für ihre Karten</translation>
    </message>
    <message>
        <source>Cards per stage</source>
        <translation>Karten je Phase</translation>
    </message>
    <message>
        <source>Owned</source>
        <comment>chart series: cards owned</comment>
        <translation>Verantwortet</translation>
    </message>
    <message>
        <source>Customer moments its back-stage work feeds</source>
        <translation>Kundenmomente, die ihre Backstage-Arbeit speist</translation>
    </message>
    <message>
        <source>No link leads from %1&apos;s cards to a customer action or touchpoint of this journey.</source>
        <translation>Von den Karten der Abteilung %1 führt keine Verknüpfung zu einer Kundenaktion oder einem Touchpoint dieser Journey.</translation>
    </message>
    <message>
        <source>Following the links from its cards, %1&apos;s work reaches %2 front-stage moments; %3 of them feel negative, with %4 points of emotion at stake.</source>
        <translation>Entlang der Verknüpfungen ihrer Karten erreicht die Arbeit der Abteilung %1 %2 Frontstage-Momente; %3 davon werden negativ erlebt, %4 Emotionspunkte stehen auf dem Spiel.</translation>
    </message>
    <message>
        <source>Customer moment</source>
        <translation>Kundenmoment</translation>
    </message>
    <message>
        <source>Links away</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Fed by its card</source>
        <translation>Gespeist von ihrer Karte</translation>
    </message>
    <message>
        <source>… and %1 more, further along the links.</source>
        <translation>… und %1 weitere, entlang der Verknüpfungen weiter entfernt.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <comment>heading</comment>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source> Not reviewed within %1 days:</source>
        <translation> Seit mehr als %1 Tagen nicht geprüft:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>last review: date by reviewer</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>never</source>
        <comment>never reviewed</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>heading</comment>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>action status</comment>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>table column</comment>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>table column: due date</comment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>table column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Its pain points and opportunities by priority</source>
        <translation>Ihre Pain Points und Chancen nach Priorität</translation>
    </message>
    <message>
        <source>… and %1 more, in the appendix.</source>
        <translation>… und %1 weitere im Anhang.</translation>
    </message>
    <message>
        <source>with </source>
        <comment>with other departments</comment>
        <translation>mit </translation>
    </message>
    <message>
        <source>Its cards, stage by stage</source>
        <translation>Ihre Karten, Phase für Phase</translation>
    </message>
    <message>
        <source>Of its %1 cards, the %2 that matter most: its pain points and opportunities with the highest priority scores and its cards on the top impact chains. %3</source>
        <translation>Von ihren %1 Karten hier die %2 wichtigsten: ihre Pain Points und Chancen mit den höchsten Prioritätswerten und ihre Karten auf den wichtigsten Wirkungsketten. %3</translation>
    </message>
    <message>
        <source>The appendix lists all of them.</source>
        <translation>Der Anhang führt alle auf.</translation>
    </message>
    <message>
        <source>cxmap export --full-appendix lists all of them here and in the appendix; so does File &gt; Export &gt; CSV.</source>
        <translation>cxmap export --full-appendix führt alle hier und im Anhang auf, ebenso Datei &gt; Exportieren &gt; Journey als CSV.</translation>
    </message>
    <message>
        <source>KPIs</source>
        <comment>table column</comment>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Pain point</source>
        <comment>kind of card or table column</comment>
        <translation>Pain Point</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (Fortsetzung)</translation>
    </message>
    <message>
        <source>Department %1 of %2</source>
        <translation>Abteilung %1 von %2</translation>
    </message>
    <message>
        <source>Head: %1. </source>
        <translation>Leitung: %1. </translation>
    </message>
    <message>
        <source>%1 has no part in this journey: it owns no card and contributes to none.</source>
        <translation>%1 hat in dieser Journey keine Rolle: Die Abteilung verantwortet keine Karte und ist an keiner beteiligt.</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>ohne Abteilung</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, in der Phase %1</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>, von %1 bis %2</translation>
    </message>
    <message>
        <source>No back-stage or support process reaches an unhappy customer moment through its links.</source>
        <translation>Kein Backstage- oder Unterstützungsprozess erreicht über seine Verknüpfungen einen unzufriedenen Kundenmoment.</translation>
    </message>
    <message>
        <source>None of the back-stage or support processes of %1 reaches an unhappy customer moment through its links.</source>
        <translation>Keiner der Backstage- oder Unterstützungsprozesse von %1 erreicht über seine Verknüpfungen einen unzufriedenen Kundenmoment.</translation>
    </message>
    <message>
        <source>The chain: %1 (%2).</source>
        <translation>Die Kette: %1 (%2).</translation>
    </message>
    <message>
        <source> It also reaches %1%2.</source>
        <translation> Sie erreicht außerdem %1%2.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Unhappy moments</source>
        <translation>Unzufriedene Momente</translation>
    </message>
    <message>
        <source>Customer moments</source>
        <translation>Kundenmomente</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Departments involved</source>
        <translation>Beteiligte Abteilungen</translation>
    </message>
    <message>
        <source>Act on these first</source>
        <translation>Vorrangig angehen</translation>
    </message>
    <message>
        <source>No pain point or opportunity on this journey.</source>
        <translation>Keine Pain Points oder Chancen in dieser Journey.</translation>
    </message>
    <message>
        <source>No pain point or opportunity of %1 on this journey.</source>
        <translation>Keine Pain Points oder Chancen von %1 in dieser Journey.</translation>
    </message>
    <message>
        <source>%1 departments</source>
        <translation>%1 Abteilungen</translation>
    </message>
    <message>
        <source>praise</source>
        <comment>kind of feedback</comment>
        <translation>Lob</translation>
    </message>
    <message>
        <source>complaint</source>
        <comment>kind of feedback</comment>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>Kundenaussage</translation>
    </message>
    <message>
        <source>On</source>
        <comment>table column: the card the feedback is on</comment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <comment>table column</comment>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Customer feedback and praise</source>
        <translation>Kundenfeedback und Lob</translation>
    </message>
    <message>
        <source>Unowned</source>
        <comment>no accountable department</comment>
        <translation>Ohne Abteilung</translation>
    </message>
    <message>
        <source>faded</source>
        <comment>legend chip: faded cards</comment>
        <translation>abgeblendet</translation>
    </message>
    <message>
        <source>not theirs, nor reached by their chains</source>
        <translation>weder eigene Karten noch von ihren Ketten erreicht</translation>
    </message>
    <message>
        <source>Stage %1 of %2 (%3)</source>
        <translation>Phase %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Stages %1–%2 of %3 (%4 to %5)</source>
        <translation>Phasen %1–%2 von %3 (%4 bis %5)</translation>
    </message>
    <message>
        <source> · lane %1 of %2</source>
        <translation> · Bahn %1 von %2</translation>
    </message>
    <message>
        <source> · lanes %1–%2 of %3</source>
        <translation> · Bahnen %1–%2 von %3</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>scale %1 %, card titles at %2 pt</source>
        <translation>Maßstab %1 %, Kartentitel in %2 pt</translation>
    </message>
    <message>
        <source>Part %1 of %2: row %3 of %4, column %5 of %6</source>
        <translation>Teil %1 von %2: Zeile %3 von %4, Spalte %5 von %6</translation>
    </message>
    <message>
        <source>The whole map, </source>
        <translation>Die gesamte Map, </translation>
    </message>
    <message>
        <source>Detail %1 of %2 · </source>
        <translation>Detail %1 von %2 · </translation>
    </message>
    <message>
        <source>At a readable size (card text at 6 pt or more) this map takes %1 pages. This overview shows every stage and lane with its cards and pain points, and the stage emotion above them</source>
        <translation>In lesbarer Größe (Kartentext ab 6 pt) umfasst diese Map %1 Seiten. Diese Übersicht zeigt alle Phasen und Bahnen mit ihren Karten und Pain Points, darüber die Emotion je Phase</translation>
    </message>
    <message>
        <source>. No part of the map holds a pain point or a card on a top impact chain, so none is shown in detail.</source>
        <translation>. Kein Teil der Map enthält einen Pain Point oder eine Karte auf einer der wichtigsten Wirkungsketten, daher wird keiner im Detail gezeigt.</translation>
    </message>
    <message>
        <source> Each column here sums up %1 stages.</source>
        <translation> Jede Spalte fasst hier %1 Phasen zusammen.</translation>
    </message>
    <message>
        <source> Each row sums up %1 lanes.</source>
        <translation> Jede Zeile fasst %1 Bahnen zusammen.</translation>
    </message>
    <message>
        <source>shown in detail on page %1</source>
        <translation>im Detail auf Seite %1</translation>
    </message>
    <message>
        <source>shown in detail on pages %1–%2</source>
        <translation>im Detail auf den Seiten %1–%2</translation>
    </message>
    <message>
        <source>cards in the cell (darker: more)</source>
        <translation>Karten in der Zelle (dunkler: mehr)</translation>
    </message>
    <message>
        <source>pain points in the cell</source>
        <translation>Pain Points in der Zelle</translation>
    </message>
    <message>
        <source>stage emotion: −2 angry to +2 delighted, — unrated</source>
        <translation>Emotion der Phase: −2 verärgert bis +2 begeistert, — nicht bewertet</translation>
    </message>
    <message>
        <source>Journey map: overview</source>
        <translation>Journey Map: Übersicht</translation>
    </message>
    <message>
        <source>Part %1 of %2: </source>
        <translation>Teil %1 von %2: </translation>
    </message>
    <message>
        <source>Stage emotion</source>
        <translation>Emotion der Phase</translation>
    </message>
    <message>
        <source>STAGES →</source>
        <translation>PHASEN →</translation>
    </message>
    <message>
        <source>LANES ↓</source>
        <translation>BAHNEN ↓</translation>
    </message>
    <message>
        <source>Lanes %1: </source>
        <translation>Bahnen %1: </translation>
    </message>
    <message>
        <source>Top impact chains: the root causes that reach the most unhappy moments</source>
        <translation>Wichtigste Wirkungsketten: die Grundursachen, die die meisten unzufriedenen Momente erreichen</translation>
    </message>
    <message>
        <source>None: no back-stage or support card&apos;s impact reaches an unhappy moment.</source>
        <translation>Keine: Die Auswirkung keiner Backstage- oder Unterstützungskarte erreicht einen unzufriedenen Moment.</translation>
    </message>
    <message>
        <source>the top impact chains</source>
        <translation>die wichtigsten Wirkungsketten</translation>
    </message>
    <message>
        <source>the pain points that score highest</source>
        <translation>die Pain Points mit den höchsten Prioritätswerten</translation>
    </message>
    <message>
        <source>the cards of %1</source>
        <translation>die Karten von %1</translation>
    </message>
    <message>
        <source>%1. %2 (%3 · %4 · %5): reaches %6, %7 unhappy</source>
        <translation>%1. %2 (%3 · %4 · %5): erreicht %6, davon %7 unzufrieden</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>severity level</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>severity level</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>severity level</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Unrated</source>
        <comment>severity level</comment>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <comment>kind of card</comment>
        <translation>Chance</translation>
    </message>
    <message>
        <source>To act on</source>
        <translation>Ansatzpunkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>table column: the accountable department</comment>
        <translation>Verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>Weight</source>
        <comment>table column: severity or impact</comment>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Impact</source>
        <comment>table column: opportunity impact</comment>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>table column: pain severity</comment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Unhappy reached</source>
        <translation>Unzufrieden erreicht</translation>
    </message>
    <message>
        <source>Score</source>
        <comment>table column: priority score</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Priority score = severity (an opportunity: its impact; high 3, medium 2, low 1) × (1 + unhappy customer moments its links reach) + votes + how negative its own emotion is.</source>
        <translation>Prioritätswert = Schweregrad (bei einer Chance: ihre Auswirkung; hoch 3, mittel 2, niedrig 1) × (1 + unzufriedene Kundenmomente, die die Verknüpfungen der Karte erreichen) + Stimmen + wie negativ die Emotion der Karte selbst ist.</translation>
    </message>
    <message>
        <source>%1 travels %2 stages, from %3 to %4. </source>
        <translation>%1 durchläuft %2 Phasen, von %3 bis %4. </translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>The map holds %1 cards in which %2 departments have a part; %3 of the cards are pain points.</source>
        <translation>Die Map umfasst %1 Karten, an denen %2 Abteilungen beteiligt sind; %3 davon sind Pain Points.</translation>
    </message>
    <message>
        <source>Stages</source>
        <comment>count label</comment>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Cards</source>
        <comment>count label or table column</comment>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Links</source>
        <comment>count label</comment>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Emotion along the journey</source>
        <translation>Emotion entlang der Journey</translation>
    </message>
    <message>
        <source>Each bar is the stage&apos;s point on the emotion curve: the mean emotion of its emotion lane, else of all its rated cards (−2 angry to +2 delighted). A dotted line marks a stage nobody rated.</source>
        <translation>Jeder Balken zeigt den Punkt der Phase auf der Emotionskurve: den Mittelwert ihrer Emotionsbahn, sonst aller ihrer bewerteten Karten (−2 verärgert bis +2 begeistert). Eine gepunktete Linie kennzeichnet eine Phase, die niemand bewertet hat.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no pain points</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count of pain points and their severity, lowercase in English</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Where it hurts: the stages with the worst emotion</source>
        <translation>Wo es wehtut: die Phasen mit der schlechtesten Emotion</translation>
    </message>
    <message>
        <source>No stage has a rated emotion yet.</source>
        <translation>Für noch keine Phase ist eine Emotion bewertet.</translation>
    </message>
    <message>
        <source>Pain points beside it</source>
        <translation>Pain Points der Phase</translation>
    </message>
    <message>
        <source>Top pain points by priority</source>
        <translation>Die wichtigsten Pain Points nach Priorität</translation>
    </message>
    <message>
        <source>Top opportunities by priority</source>
        <translation>Die wichtigsten Chancen nach Priorität</translation>
    </message>
    <message>
        <source>No pain points on this journey.</source>
        <translation>Diese Journey hat keine Pain Points.</translation>
    </message>
    <message>
        <source>No opportunities on this journey.</source>
        <translation>Diese Journey hat keine Chancen.</translation>
    </message>
    <message>
        <source>Departments by the priority of the pain points they own</source>
        <translation>Abteilungen nach Priorität ihrer Pain Points</translation>
    </message>
    <message>
        <source>No department owns a pain point on this journey.</source>
        <translation>Keine Abteilung ist für einen Pain Point dieser Journey verantwortlich.</translation>
    </message>
    <message>
        <source>Department</source>
        <comment>table column or section title</comment>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>table column</comment>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Its first to act on</source>
        <translation>Erster Ansatzpunkt</translation>
    </message>
    <message>
        <source>Priority: the sum of the priority scores of the pain points the department is accountable for.</source>
        <translation>Priorität: die Summe der Prioritätswerte der Pain Points, für die die Abteilung verantwortlich ist.</translation>
    </message>
    <message>
        <source>The busiest handoffs between departments</source>
        <translation>Die häufigsten Übergaben zwischen Abteilungen</translation>
    </message>
    <message>
        <source>No work passes between departments here.</source>
        <translation>Hier wird keine Arbeit zwischen Abteilungen übergeben.</translation>
    </message>
    <message>
        <source>From</source>
        <comment>table column: handoff from department</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <comment>table column: handoff to department</comment>
        <translation>An</translation>
    </message>
    <message>
        <source>Along a lane</source>
        <translation>In einer Bahn</translation>
    </message>
    <message>
        <source>Along links</source>
        <translation>Über Verknüpfungen</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>table column</comment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>A handoff is a change of accountable department between neighbouring cards of a lane or along a link. Most handoffs happen at %1 (%2).</source>
        <translation>Eine Übergabe ist ein Wechsel der verantwortlichen Abteilung zwischen benachbarten Karten einer Bahn oder entlang einer Verknüpfung. Die meisten Übergaben gibt es in der Phase %1 (%2).</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>report section</comment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>There is no journey %1.</source>
        <translation>Es gibt keine Journey %1.</translation>
    </message>
    <message>
        <source>The document has no journey to report on.</source>
        <translation>Das Dokument enthält keine Journey, über die berichtet werden kann.</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>Es gibt keine Abteilung %1.</translation>
    </message>
    <message>
        <source>Departments (%1)</source>
        <translation>Abteilungen (%1)</translation>
    </message>
    <message>
        <source>Appendix</source>
        <comment>report section</comment>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Künftiger Zustand</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Aktueller Zustand</translation>
    </message>
    <message>
        <source>Department sections: all %1 departments.</source>
        <translation>Abteilungsabschnitte: alle %1 Abteilungen.</translation>
    </message>
    <message>
        <source>Department sections: %1.</source>
        <translation>Abteilungsabschnitte: %1.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>die PDF-Datei konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The report is not being written.</source>
        <translation>Der Bericht wird gerade nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation>Seite %1 des Berichts kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Customer journey report</source>
        <translation>Customer-Journey-Bericht</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the report&apos;s date, as QDate::toString reads a format</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n action(s) on this journey; %2 overdue.</source>
        <translation>
            <numerusform>%1 verantwortet %n Maßnahme in dieser Journey; %2 davon überfällig.</numerusform>
            <numerusform>%1 verantwortet %n Maßnahmen in dieser Journey; %2 davon überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) feeds %n unhappy moment(s)%3.</source>
        <translation>
            <numerusform>%1 (%2) speist %n unzufriedenen Moment%3.</numerusform>
            <numerusform>%1 (%2) speist %n unzufriedene Momente%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The journey feels worst at %1 (%2), with %n pain point(s).</source>
        <translation>
            <numerusform> Ihren Tiefpunkt erreicht die Journey bei %1 (%2), mit %n Pain Point.</numerusform>
            <numerusform> Ihren Tiefpunkt erreicht die Journey bei %1 (%2), mit %n Pain Points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 actions overdue</source>
        <translation>
            <numerusform>%n von %1 Maßnahmen überfällig</numerusform>
            <numerusform>%n von %1 Maßnahmen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since %1, customers left %2 on %3&apos;s cards of this journey: %4 praise, %n complaint(s); mean sentiment %5.</source>
        <translation>
            <numerusform>Seit %1 haben Kunden zu den Karten der Abteilung %3 in dieser Journey %2 hinterlassen: %4-mal Lob, %n Beschwerde; mittlere Stimmung %5.</numerusform>
            <numerusform>Seit %1 haben Kunden zu den Karten der Abteilung %3 in dieser Journey %2 hinterlassen: %4-mal Lob, %n Beschwerden; mittlere Stimmung %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of feedback</source>
        <translation>
            <numerusform>%n Feedback-Eintrag</numerusform>
            <numerusform>%n Feedback-Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the %n page(s) after it show(s) the parts of the map that hold %1.</source>
        <translation>
            <numerusform>; die Seite danach zeigt die Teile der Map, die %1 enthalten.</numerusform>
            <numerusform>; die %n Seiten danach zeigen die Teile der Map, die %1 enthalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The other %n part(s) are not printed: cxmap export --full-map, or “Every map page” in the export dialog, prints the whole map.</source>
        <translation>
            <numerusform> Nicht gedruckt: ein Teil der Map. Die ganze Map drucken Sie mit cxmap export --full-map oder mit „Alle Map-Seiten“ im Exportdialog.</numerusform>
            <numerusform> Nicht gedruckt: %n Teile der Map. Die ganze Map drucken Sie mit cxmap export --full-map oder mit „Alle Map-Seiten“ im Exportdialog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stages %1 of %2 · %n lane(s)</source>
        <translation>
            <numerusform>Phasen %1 von %2 · %n Bahn</numerusform>
            <numerusform>Phasen %1 von %2 · %n Bahnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer moment(s)</source>
        <translation>
            <numerusform>%n Kundenmoment</numerusform>
            <numerusform>%n Kundenmomente</numerusform>
        </translation>
    </message>
</context>
</TS>
