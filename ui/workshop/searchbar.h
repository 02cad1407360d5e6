#pragma once

// Search and filter on the journey shown (Ctrl+F): a bar above the canvas
// with the words to find (in titles, descriptions, tags and comments) and
// filters by department, status, evidence, channel, pain severity and
// emotion; the matches listed below it (stage · lane · title). Enter and F3
// go to the next match on the canvas, Shift+F3 to the previous one; the rest
// of the cards dim (the canvas combines this with the department lens). Esc
// clears the search first, then closes the bar. Edits to the map run the
// search again, once per burst.

#include "analysis/cardsearch.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStringListModel;
class QTimer;

namespace cx {

class Document;

class SearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit SearchBar(QWidget* parent = nullptr);

    void setDocument(Document* doc);
    void setJourney(Id journeyId);
    // Shows the bar with the words selected, ready to type.
    void open();

    CardQuery query() const;
    const QList<Id>& matches() const { return m_matches; }
    int current() const { return m_current; } // the match last gone to, -1 none

    QLineEdit* lineEdit() const { return m_text; }
    QListView* list() const { return m_list; }
    QComboBox* filter(const QString& objectName) const;

public slots:
    void next();
    void previous();
    // Clears the words and every filter; the bar stays open.
    void clear();
    // Runs the search now (edits run it on the next turn of the event loop).
    void search();

signals:
    // The cards a search leaves bright, nullopt when nothing is asked.
    void matchesChanged(const std::optional<QSet<Id>>& matches);
    void cardChosen(cx::Id cardId);
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createFilters();
    // Returns whether it searched again (a chosen department or channel was gone).
    bool fillChoices();
    void afterEdit(); // the channels if they may have changed, then the matches
    void go(int index);
    QString rowText(Id cardId) const;

    QPointer<Document> m_doc;
    Id m_journey = 0;
    QLineEdit* m_text = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_evidence = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_emotion = nullptr;
    QLabel* m_count = nullptr;
    QListView* m_list = nullptr;
    QStringListModel* m_rows = nullptr;
    QTimer* m_again = nullptr;    // edits to the map: one search per burst
    bool m_channelsStale = false; // a card came, went or changed its channel
    QList<Id> m_matches;
    int m_current = -1;
};

} // namespace cx
