#include "feedbackimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace cx {

namespace {

constexpr int previewRows = 20;

// The fields a column may feed, in the order the form shows them.
struct FieldRow
{
    const char* key;
    const char* label;
    bool required;
};
const FieldRow fieldRows[] = {
    {"text", QT_TRANSLATE_NOOP("cx::FeedbackImportDialog", "Customer's &words:"), true},
    {"card", QT_TRANSLATE_NOOP("cx::FeedbackImportDialog", "&Card (id or title):"), true},
    {"date", QT_TRANSLATE_NOOP("cx::FeedbackImportDialog", "&Date:"), false},
    {"score", QT_TRANSLATE_NOOP("cx::FeedbackImportDialog", "S&core:"), false},
    {"kind", QT_TRANSLATE_NOOP("cx::FeedbackImportDialog", "&Kind:"), false},
    {"sentiment", QT_TRANSLATE_NOOP("cx::FeedbackImportDialog", "Se&ntiment (-2..+2):"), false},
    {"source", QT_TRANSLATE_NOOP("cx::FeedbackImportDialog", "Sou&rce:"), false},
    {"segment", QT_TRANSLATE_NOOP("cx::FeedbackImportDialog", "Se&gment or persona:"), false},
    {"reference", QT_TRANSLATE_NOOP("cx::FeedbackImportDialog", "Re&ference:"), false},
};

// Words in a header, English or German, that suggest a field (a first guess
// the user corrects).
const QList<std::pair<const char*, QStringList>>& hints()
{
    static const QList<std::pair<const char*, QStringList>> table{
        {"text",
         {QStringLiteral("comment"), QStringLiteral("feedback"), QStringLiteral("reason"),
          QStringLiteral("verbatim"), QStringLiteral("text"), QStringLiteral("message"),
          QStringLiteral("kommentar"), QStringLiteral("begründung"), QStringLiteral("anmerkung"),
          QStringLiteral("nachricht")}},
        {"card",
         {QStringLiteral("touchpoint"), QStringLiteral("card"), QStringLiteral("karte"),
          QStringLiteral("kontaktpunkt")}},
        {"date",
         {QStringLiteral("date"), QStringLiteral("submitted"), QStringLiteral("created"),
          QStringLiteral("datum"), QStringLiteral("eingang"), QStringLiteral("erstellt")}},
        {"score",
         {QStringLiteral("recommend"), QStringLiteral("nps"), QStringLiteral("csat"),
          QStringLiteral("score"), QStringLiteral("rating"), QStringLiteral("empfehl"),
          QStringLiteral("bewertung")}},
        {"kind", {QStringLiteral("kind"), QStringLiteral("type"), QStringLiteral("typ")}},
        {"sentiment", {QStringLiteral("sentiment"), QStringLiteral("stimmung")}},
        {"source",
         {QStringLiteral("source"), QStringLiteral("channel"), QStringLiteral("quelle"),
          QStringLiteral("kanal")}},
        {"segment", {QStringLiteral("segment"), QStringLiteral("persona")}},
        {"reference",
         {QStringLiteral("ticket"), QStringLiteral("reference"), QStringLiteral("referenz"),
          QStringLiteral("vorgang")}},
    };
    return table;
}

} // namespace

FeedbackImportDialog::FeedbackImportDialog(const Document& doc, const QString& path,
                                           const QByteArray& bytes, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_bytes(bytes), m_fileName(QFileInfo(path).fileName())
{
    setWindowTitle(tr("Import Customer Feedback from “%1”").arg(m_fileName));
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Automatic (UTF-8 or UTF-16 with a byte order mark)"));
    m_encoding->addItem(tr("Windows-1252 (Western European)"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_skip = new QSpinBox(this);
    m_skip->setRange(0, 100);
    m_skip->setAccessibleName(tr("Rows before the header"));
    m_skip->setToolTip(tr("Extra rows some survey tools write above the column names"));
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("importFound"));
    m_found->setTextFormat(Qt::PlainText);
    m_found->setWordWrap(true);
    m_found->setForegroundRole(QPalette::PlaceholderText);

    m_preview = new QTableWidget(this);
    m_preview->setAccessibleName(tr("The file's first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_preview->setMinimumHeight(8 * (fontMetrics().height() + 6));

    auto* fileForm = new QFormLayout;
    fileForm->addRow(tr("&Encoding:"), m_encoding);
    fileForm->addRow(tr("&Rows before the header:"), m_skip);
    fileForm->addRow(QString(), m_found);

    auto* mapping = new QFormLayout;
    for (const FieldRow& f : fieldRows) {
        auto* box = new QComboBox(this);
        box->setAccessibleName(tr(f.label).remove(QLatin1Char('&')));
        m_boxes.append({QString::fromLatin1(f.key), box});
        if (QLatin1String(f.key) == QLatin1String("score")) {
            m_scale = new QComboBox(this);
            m_scale->addItem(tr("NPS (0–10)"), int(ScoreScale::Nps));
            m_scale->addItem(tr("CSAT (1–5)"), int(ScoreScale::Csat));
            m_scale->setAccessibleName(tr("Score scale"));
            auto* row = new QHBoxLayout;
            row->addWidget(box, 1);
            row->addWidget(m_scale);
            // A label of its own: one given to a layout has no buddy, and
            // would show its '&' instead of the shortcut.
            auto* label = new QLabel(tr(f.label), this);
            label->setBuddy(box);
            mapping->addRow(label, row);
        } else {
            mapping->addRow(tr(f.label), box);
        }
        connect(box, &QComboBox::currentIndexChanged, this, &FeedbackImportDialog::updateState);
    }
    auto* note = new QLabel(tr("Only the columns mapped here are imported: names and e-mail "
                               "addresses stay out unless you map them into the words. A row "
                               "whose card matches no card, or several, goes to Unsorted "
                               "feedback."),
                            this);
    note->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x2a));
    m_problem->setPalette(warn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FeedbackImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileForm);
    layout->addWidget(m_preview, 1);
    layout->addLayout(mapping);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(820, 640);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &FeedbackImportDialog::reread);
    connect(m_skip, &QSpinBox::valueChanged, this, &FeedbackImportDialog::reread);
    reread();
}

QComboBox* FeedbackImportDialog::columnBox(const QString& field) const
{
    for (const auto& [key, box] : m_boxes) {
        if (key == field)
            return box;
    }
    return nullptr;
}

FeedbackImportOptions FeedbackImportDialog::options() const
{
    FeedbackImportOptions o;
    o.encoding =
        m_encoding->currentIndex() == 1 ? FeedbackEncoding::Windows1252 : FeedbackEncoding::Auto;
    o.skipRows = m_skip->value();
    o.notUtf8Advice = tr("choose Windows-1252 as the encoding");
    return o;
}

FeedbackColumns FeedbackImportDialog::columns() const
{
    FeedbackColumns c;
    const auto header = [this](const QString& field) {
        const QComboBox* box = columnBox(field);
        if (!box || box->currentIndex() <= 0)
            return QString();
        // A blank name, or one the header repeats, is named by its place.
        const int index = box->currentIndex() - 1;
        const QString name = m_headers.value(index).trimmed();
        const auto same =
            std::count_if(m_headers.cbegin(), m_headers.cend(), [&](const QString& h) {
                return h.trimmed().compare(name, Qt::CaseInsensitive) == 0;
            });
        return name.isEmpty() || same > 1 ? QStringLiteral("#%1").arg(index + 1) : name;
    };
    c.text = header(QStringLiteral("text"));
    c.card = header(QStringLiteral("card"));
    c.date = header(QStringLiteral("date"));
    c.score = header(QStringLiteral("score"));
    c.scale = c.score.isEmpty() ? ScoreScale::None : ScoreScale(m_scale->currentData().toInt());
    c.kind = header(QStringLiteral("kind"));
    c.sentiment = header(QStringLiteral("sentiment"));
    c.source = header(QStringLiteral("source"));
    c.segment = header(QStringLiteral("segment"));
    c.reference = header(QStringLiteral("reference"));
    return c;
}

void FeedbackImportDialog::reread()
{
    const FeedbackColumns before = columns();
    const auto preview = previewFeedback(m_bytes, options(), previewRows);
    m_preview->clear();
    m_headers.clear();
    if (!preview) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_found->setText(preview.error().message);
    } else {
        const FeedbackPreview& p = preview.value();
        m_headers = p.headers;
        const QString delimiter = p.delimiter == QLatin1Char(';')    ? tr("semicolons")
                                  : p.delimiter == QLatin1Char('\t') ? tr("tabs")
                                                                     : tr("commas");
        m_found->setText(tr("Read as %1, columns separated by %2, column names on line %3.")
                             .arg(p.encoding, delimiter, QString::number(p.headerLine)));
        m_preview->setColumnCount(int(p.headers.size()));
        m_preview->setHorizontalHeaderLabels(p.headers);
        m_preview->setRowCount(int(p.rows.size()));
        for (int r = 0; r < p.rows.size(); ++r) {
            for (int c = 0; c < p.rows[r].size() && c < p.headers.size(); ++c) {
                // One line per cell: the whole text is its tool tip.
                auto* item = new QTableWidgetItem(QString(p.rows[r][c]).replace(u'\n', u' '));
                item->setToolTip(Qt::convertFromPlainText(p.rows[r][c].left(2000)));
                m_preview->setItem(r, c, item);
            }
        }
        m_preview->resizeColumnsToContents();
        for (int c = 0; c < m_preview->columnCount(); ++c)
            m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
    }
    // Every field offers the header names; a mapping made before is kept
    // where its column is still there.
    const QStringList old{before.text,   before.card,    before.date,
                          before.score,  before.kind,    before.sentiment,
                          before.source, before.segment, before.reference};
    for (int i = 0; i < m_boxes.size(); ++i) {
        QComboBox* box = m_boxes[i].second;
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(not imported)"));
        box->addItems(m_headers);
        const QString was = old.value(i);
        int index = int(m_headers.indexOf(was));
        if (index < 0 && was.startsWith(u'#')) // a column named by its place
            index = was.mid(1).toInt() - 1;
        box->setCurrentIndex(index >= 0 && index < m_headers.size() ? index + 1 : 0);
    }
    guess(); // fields still unmapped, from the header names
}

void FeedbackImportDialog::guess()
{
    for (const auto& [field, words] : hints()) {
        QComboBox* box = columnBox(QString::fromLatin1(field));
        if (!box || box->currentIndex() > 0)
            continue;
        for (int h = 0; h < m_headers.size() && box->currentIndex() == 0; ++h) {
            const QString header = m_headers[h].toLower();
            for (const QString& word : words) {
                if (header.contains(word)) {
                    box->setCurrentIndex(h + 1);
                    break;
                }
            }
        }
    }
    if (columnBox(QStringLiteral("score"))->currentIndex() > 0) {
        const QString header =
            m_headers.value(columnBox(QStringLiteral("score"))->currentIndex() - 1).toLower();
        m_scale->setCurrentIndex(
            header.contains(QStringLiteral("csat")) || header.contains(QStringLiteral("1-5")) ? 1
                                                                                              : 0);
    }
    updateState();
}

void FeedbackImportDialog::updateState()
{
    // In the dialog's words (the command line's name its options); the scale
    // is always chosen here.
    QString problem;
    if (m_headers.isEmpty())
        problem = m_found->text();
    else if (columnBox(QStringLiteral("text"))->currentIndex() <= 0)
        problem = tr("Choose the column that holds the customer's words.");
    else if (columnBox(QStringLiteral("card"))->currentIndex() <= 0)
        problem = tr("Choose the column that names the card.");
    m_scale->setEnabled(columnBox(QStringLiteral("score"))->currentIndex() > 0);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(false);
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(problem.isEmpty());
    }
}

void FeedbackImportDialog::accept()
{
    auto parsed = parseFeedback(m_bytes, columns(), options(), m_doc);
    if (!parsed) {
        // All or nothing: the row and column that stopped it, and nothing added.
        m_problem->setText(parsed.error().message);
        m_problem->setVisible(true);
        return;
    }
    m_parsed = std::move(parsed.value());
    QDialog::accept();
}

} // namespace cx
