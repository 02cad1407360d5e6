#pragma once

// The rows of the Feedback panel: the "Unsorted feedback" inbox, or every
// item of the map with filters (department, kind, words). A table model with
// lazy data: it keeps the ids of the rows it shows and reads each cell from
// the Document when a view asks, so 100,000 items cost a list of ids, not a
// widget or a string each. Rows drag as feedbackmime.h says.

#include "model/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace cx {

class Document;

class FeedbackModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class View
    {
        Unsorted, // the inbox: words, what the card column said, candidates
        All       // every item: words, card, kind, sentiment, source, date
    };
    static constexpr int idRole = Qt::UserRole + 1;

    explicit FeedbackModel(QObject* parent = nullptr);

    void setDocument(const Document* doc);
    void setView(View view);
    View view() const { return m_view; }
    // All feedback only: the card's department (accountable or contributing;
    // 0 any), the kind (nullopt any) and words (case ignored) to find.
    void setFilter(Id departmentId, std::optional<FeedbackKind> kind, const QString& text);
    // The document and the filter at once: one pass over the items.
    void configure(const Document* doc, Id departmentId, std::optional<FeedbackKind> kind,
                   const QString& text);
    // Reads the rows again from the Document (after a change).
    void refresh();

    Id idAt(int row) const { return m_rows.value(row); }
    // The row of an item, -1 when not listed (an index built once per refresh).
    int rowOf(Id id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    // "matched 2 cards: Invoice arrives (Billing), Invoice arrives (Support)".
    static QString candidatesText(const Document& doc, const Feedback& f);

private:
    bool passes(const Feedback& f) const;
    QString cell(const Feedback& f, int column) const;

    QPointer<const Document> m_doc;
    View m_view = View::Unsorted;
    Id m_department = 0;
    std::optional<FeedbackKind> m_kind;
    QString m_text;
    QList<Id> m_rows;
    mutable QHash<Id, int> m_rowOf; // built by the first rowOf() after a refresh
};

} // namespace cx
