#pragma once

// The Voting dock: dot voting in a workshop. The participants (each with a
// dot budget per journey, and how many dots they have left on the journey on
// screen), who is voting now (the canvas's V and Shift+V vote and take a vote
// back as that participant), a ranking of the journey's cards by votes, and
// Reset Votes. Every change is an edit through core/commands/edit.h; the panel
// follows the Document's signals through a PanelRefresh (one refresh per turn
// of the event loop, none while hidden). Who votes now follows the
// participants at once, shown or not: V on the canvas votes as them.

#include "model/result.h"
#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace cx {

class Document;
class PanelRefresh;

class VotingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VotingPanel(QWidget* parent = nullptr);

    void setDocument(Document* doc); // nullptr clears the panel
    void setJourney(Id journeyId);   // whose budgets and ranking are shown

    // Who votes now (0 = nobody yet: there are no participants).
    Id currentParticipant() const;
    void setCurrentParticipant(Id participantId);
    // The next (+1) or previous (-1) participant votes now, round the list.
    void stepParticipant(int delta);
    // Puts the cursor in the name field for a new participant.
    void focusNewParticipant();

    // Cards of the journey with votes, most votes first (ties in map order).
    QList<Id> ranking() const;

    // Shows why an edit was refused (or clears it with an empty text).
    void showMessage(const QString& text);

    // When the panel rebuilds (tests count its rebuilds).
    PanelRefresh* refresher() const { return m_refresh; }

signals:
    void cardActivated(cx::Id cardId);
    void currentParticipantChanged(cx::Id participantId);
    // Esc, or Enter on an empty name: back to the canvas to vote.
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createWidgets();
    void connectDocument();
    void syncVoter();
    void refresh();
    void fillParticipants();
    void fillRanking();
    void addParticipant();
    void removeParticipant();
    void renameParticipant(QTreeWidgetItem* item, int column);
    void setBudget(int budget);
    void resetVotes();
    Id selectedParticipant() const;
    void report(const Error& err);

    QPointer<Document> m_doc;
    Id m_journey = 0;
    Id m_voter = 0;
    bool m_filling = false;

    PanelRefresh* m_refresh = nullptr;
    QComboBox* m_voterCombo = nullptr;
    QTreeWidget* m_people = nullptr;
    QLineEdit* m_newName = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QSpinBox* m_budget = nullptr;
    QTreeWidget* m_ranking = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cx
