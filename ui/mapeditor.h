#pragma once

// What the Edit and Journey menus and dot voting do to the map on screen:
// cut, copy, paste, delete, duplicate, add a card or a link, quick-add; add,
// rename, move and remove stages and lanes; new journeys and future states;
// votes. Every change goes through core/commands/edit.h: one undo step each.

#include "model/types.h"

#include <QObject>

#include <utility>

namespace cx {

class Document;
class MainWindow;

class MapEditor : public QObject
{
    Q_OBJECT
public:
    explicit MapEditor(MainWindow& window);

    void deleteSelection();
    void duplicateSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void selectAll();
    void addCardHere();
    void openQuickAdd();
    void createLink(Id fromCard, Id toCard);
    // A link's own edits (its context menu; the Inspector edits it directly).
    void deleteLinks(const QList<Id>& linkIds);
    void retypeLink(Id linkId, LinkType type);
    void relabelLink(Id linkId); // asks for the label
    void reverseLink(Id linkId);

    void addStage();
    void addLane();
    void renameStageOrLane();
    void changeLaneKind(); // of the current lane, asked in a dialog
    void moveStageOrLane(int delta);
    void removeStageOrLane();
    void newJourney();
    void cloneAsFutureState();
    void editPersonas();

    void voteOnSelection(int delta); // +1 vote, -1 take a vote back
    void votingStatus();             // who votes now, in the status bar
    void resetVotes();
    void commentOnCard();

    Id currentStage() const; // from the Outline, else the selected card
    Id currentLane() const;
    std::pair<Id, Id> targetCell() const; // where new or pasted cards go
    // What Rename, Move and Remove act on: {is it a lane, its id}.
    std::pair<bool, Id> currentStageOrLane() const;

private:
    Document* doc() const;
    void showMessage(const QString& text, int ms);
    void showDeleted(const QString& what); // "Deleted 2 cards (Ctrl+Z to undo)"

    MainWindow& m_w;
};

} // namespace cx
