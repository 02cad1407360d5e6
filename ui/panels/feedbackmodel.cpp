#include "feedbackmodel.h"

#include "feedbackmime.h"
#include "feedbacktext.h"

#include "model/document.h"

#include <QColor>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QTextDocument>

namespace cx {

FeedbackModel::FeedbackModel(QObject* parent) : QAbstractTableModel(parent) {}

void FeedbackModel::setDocument(const Document* doc)
{
    m_doc = doc;
    refresh();
}

void FeedbackModel::configure(const Document* doc, Id departmentId,
                              std::optional<FeedbackKind> kind, const QString& text)
{
    m_doc = doc;
    m_department = departmentId;
    m_kind = kind;
    m_text = text;
    refresh();
}

void FeedbackModel::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    refresh(); // the columns change too: a reset
}

void FeedbackModel::setFilter(Id departmentId, std::optional<FeedbackKind> kind,
                              const QString& text)
{
    m_department = departmentId;
    m_kind = kind;
    m_text = text;
    refresh();
}

bool FeedbackModel::passes(const Feedback& f) const
{
    if (m_kind && f.kind != *m_kind)
        return false;
    if (m_department) {
        const Card* c = m_doc->card(f.cardId);
        if (!c || (c->accountableId != m_department && !c->contributingIds.contains(m_department)))
            return false;
    }
    if (!m_text.isEmpty() && !f.text.contains(m_text, Qt::CaseInsensitive) &&
        !f.segment.contains(m_text, Qt::CaseInsensitive) &&
        !f.reference.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

int FeedbackModel::rowOf(Id id) const
{
    if (m_rowOf.isEmpty() && !m_rows.isEmpty()) {
        m_rowOf.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows[row], row);
    }
    return m_rowOf.value(id, -1);
}

void FeedbackModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    if (m_doc) {
        if (m_view == View::Unsorted) {
            m_rows = m_doc->feedbackIdsOf(0);
        } else {
            const bool filtered = m_department || m_kind || !m_text.isEmpty();
            const QList<Id> all = m_doc->allFeedbackIds();
            if (!filtered) {
                m_rows = all;
            } else {
                for (Id id : all) {
                    if (const Feedback* f = m_doc->feedback(id); f && passes(*f))
                        m_rows.append(id);
                }
            }
        }
    }
    endResetModel();
}

int FeedbackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedbackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (m_view == View::Unsorted ? 3 : 6);
}

QString FeedbackModel::candidatesText(const Document& doc, const Feedback& f)
{
    QStringList names;
    for (Id id : f.candidates) {
        if (doc.card(id))
            names << FeedbackText::cardName(doc, id);
    }
    if (names.isEmpty())
        return tr("matched no card");
    const int n = int(names.size());
    const QString head = tr("matched %n card(s)", nullptr, n);
    if (n > 5)
        return tr("%1: %2…").arg(head, names.mid(0, 5).join(QStringLiteral(", ")));
    return tr("%1: %2").arg(head, names.join(QStringLiteral(", ")));
}

QString FeedbackModel::cell(const Feedback& f, int column) const
{
    if (column == 0)
        return FeedbackText::wordsLine(f);
    if (m_view == View::Unsorted)
        return column == 1 ? f.cardHint : candidatesText(*m_doc, f);
    switch (column) {
    case 1:
        return f.cardId ? FeedbackText::cardName(*m_doc, f.cardId) : tr("Unsorted");
    case 2:
        return f.kind == FeedbackKind::None ? QString() : FeedbackText::kind(f.kind);
    case 3:
        return FeedbackText::sentiment(f.sentiment);
    case 4:
        return f.source == FeedbackSource::None ? QString() : FeedbackText::source(f.source);
    default:
        return f.date.isValid() ? QLocale().toString(f.date, QLocale::ShortFormat) : QString();
    }
}

QVariant FeedbackModel::data(const QModelIndex& index, int role) const
{
    if (!m_doc || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const Feedback* f = m_doc->feedback(m_rows[index.row()]);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cell(*f, index.column());
    case Qt::ToolTipRole:
        // Plain text: words such as "<img src=…>" stay words.
        if (index.column() == 0 && !f->redacted && !f->text.isEmpty())
            return Qt::convertFromPlainText(f->text.left(2000), Qt::WhiteSpaceNormal);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == 0 && (f->redacted || f->text.isEmpty()))
            return QColor(Qt::gray);
        return {};
    case idRole:
        return f->id;
    default:
        return {};
    }
}

QVariant FeedbackModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_view == View::Unsorted) {
        const QStringList names{tr("Words"), tr("Card column said"), tr("Candidates")};
        return names.value(section);
    }
    const QStringList names{tr("Words"),     tr("Card"),   tr("Kind"),
                            tr("Sentiment"), tr("Source"), tr("Date")};
    return names.value(section);
}

Qt::ItemFlags FeedbackModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_doc && FeedbackText::refusal(*m_doc).isEmpty())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList FeedbackModel::mimeTypes() const { return {feedbackmime::type()}; }

QMimeData* FeedbackModel::mimeData(const QModelIndexList& indexes) const
{
    QList<Id> ids;
    QSet<Id> seen;
    for (const QModelIndex& index : indexes) {
        const Id id = idAt(index.row());
        if (id && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    if (ids.isEmpty() || !m_doc)
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(feedbackmime::type(), feedbackmime::encode(m_doc.data(), ids));
    return mime;
}

} // namespace cx
