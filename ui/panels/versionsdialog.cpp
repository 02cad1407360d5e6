#include "versionsdialog.h"

#include "analysis/versioncompare.h"
#include "model/document.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cx {

namespace {

QString journeyName(const DocumentData& before, const DocumentData& after, Id id)
{
    for (const DocumentData* data : {&after, &before}) {
        for (const Journey& j : data->journeys) {
            if (j.id == id)
                return j.name;
        }
    }
    return {};
}

// Every journey's changes, as the CLI prints them.
QString comparisonText(const DocumentData& before, const DocumentData& after)
{
    QStringList text;
    for (Id id : analysis::versionJourneys(before, after)) {
        const analysis::JourneyComparison c = analysis::compareVersions(before, after, id);
        text << VersionsDialog::tr("Journey “%1”: %2 added, %3 removed, %4 changed, %5 unchanged")
                    .arg(journeyName(before, after, id), QString::number(c.added.size()),
                         QString::number(c.removed.size()), QString::number(c.changed.size()),
                         QString::number(c.unchanged));
        const QStringList lines = analysis::comparisonLines(before, after, c);
        for (const QString& line : lines)
            text << QStringLiteral("  ") + line;
        if (lines.isEmpty())
            text << VersionsDialog::tr("  no changes");
        text << QString();
    }
    return text.join(u'\n');
}

} // namespace

VersionsDialog::VersionsDialog(Document& doc, QWidget* parent) : QDialog(parent), m_doc(doc)
{
    setWindowTitle(tr("Named Versions"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setHeaderLabels({tr("Name"), tr("When"), tr("Who")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The name takes the room left; when and who are never cut.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto* listLabel = new QLabel(tr("&Versions (select one to compare with now, two to compare "
                                    "with each other):"),
                                 this);
    listLabel->setBuddy(m_list);

    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("versionComparison"));
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("What changed appears here."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("versionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // names come from the map
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(makeActionRow());
    layout->addLayout(makeCreateRow());
    layout->addWidget(m_result, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // Keyboard order follows the page: list, what to do with it, a new one.
    const QList<QWidget*> order = {m_list, m_compareNow, m_compareTwo, m_restore,
                                   m_name, m_create,     m_result};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &VersionsDialog::createVersion);
    connect(m_name, &QLineEdit::returnPressed, this, &VersionsDialog::createVersion);
    connect(m_compareNow, &QPushButton::clicked, this, &VersionsDialog::compareWithNow);
    connect(m_compareTwo, &QPushButton::clicked, this, &VersionsDialog::compareTwo);
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreAsNewMap);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &VersionsDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &VersionsDialog::updateButtons);
    resize(640, 520);
    reload();
}

QLayout* VersionsDialog::makeCreateRow()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("versionName"));
    m_name->setPlaceholderText(tr("e.g. After the 12 November workshop"));
    auto* nameLabel = new QLabel(tr("&New version:"), this);
    nameLabel->setBuddy(m_name);
    m_create = new QPushButton(tr("&Create"), this);
    m_create->setObjectName(QStringLiteral("createVersion"));
    auto* row = new QHBoxLayout;
    row->addWidget(nameLabel);
    row->addWidget(m_name, 1);
    row->addWidget(m_create);
    return row;
}

QLayout* VersionsDialog::makeActionRow()
{
    m_compareNow = new QPushButton(tr("Compare with &Now"), this);
    m_compareNow->setObjectName(QStringLiteral("compareWithNow"));
    m_compareTwo = new QPushButton(tr("Compare &Two"), this);
    m_compareTwo->setObjectName(QStringLiteral("compareTwo"));
    m_restore = new QPushButton(tr("&Restore as New Map…"), this);
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    auto* row = new QHBoxLayout;
    for (QPushButton* b : {m_compareNow, m_compareTwo, m_restore})
        row->addWidget(b);
    row->addStretch(1);
    return row;
}

QString VersionsDialog::status() const { return m_status->text(); }

QString VersionsDialog::comparison() const { return m_result->toPlainText(); }

void VersionsDialog::reload()
{
    m_list->clear();
    Result<QList<VersionInfo>> all = m_doc.versions();
    if (!all) {
        setStatus(all.error().message, true);
        updateButtons();
        return;
    }
    for (const VersionInfo& v : all.value()) {
        const QString when = QLocale().toString(v.at.toLocalTime(), QLocale::ShortFormat);
        auto* item = new QTreeWidgetItem(m_list, {v.name, when, v.who});
        item->setData(0, Qt::UserRole, v.id);
    }
    if (m_doc.isReadOnly())
        setStatus(tr("The map is read-only: versions can be compared and restored, not taken "
                     "(%1)")
                      .arg(m_doc.readOnlyReason()),
                  false);
    updateButtons();
}

void VersionsDialog::createVersion()
{
    // An empty name or a read-only map is refused by the Document, which
    // says why in the status line.
    const QString name = m_name->text().trimmed();
    Result<Id> id = m_doc.createVersion(name);
    if (!id) {
        setStatus(id.error().message, true);
        return;
    }
    m_name->clear();
    reload();
    setStatus(tr("Kept the map as it is now as “%1”.").arg(name), false);
}

QList<Id> VersionsDialog::selectedIds() const
{
    QList<Id> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->isSelected())
            ids << item->data(0, Qt::UserRole).value<Id>();
    }
    return ids;
}

void VersionsDialog::compareWithNow()
{
    const QList<Id> ids = selectedIds();
    if (ids.size() == 1)
        showComparison(ids.first(), 0);
}

void VersionsDialog::compareTwo()
{
    const QList<Id> ids = selectedIds();
    if (ids.size() == 2)
        showComparison(ids.first(), ids.last());
}

void VersionsDialog::showComparison(Id before, Id after)
{
    Result<DocumentData> was = m_doc.version(before);
    Result<DocumentData> is = after ? m_doc.version(after) : Result<DocumentData>(m_doc.snapshot());
    if (!was || !is) {
        m_result->clear();
        setStatus((was ? is.error() : was.error()).message, true);
        return;
    }
    m_result->setPlainText(comparisonText(was.value(), is.value()));
    setStatus(after ? tr("Changes from the older version to the newer one.")
                    : tr("Changes from the version to now."),
              false);
}

QString VersionsDialog::chooseFile()
{
    if (m_chooseFile)
        return m_chooseFile();
    return QFileDialog::getSaveFileName(this, tr("Restore as New Map"), QString(),
                                        tr("CXMap maps (*.cxmap)"), nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

void VersionsDialog::restoreAsNewMap()
{
    const QList<Id> ids = selectedIds();
    if (ids.size() != 1)
        return;
    QString path = chooseFile();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cxmap");
    // Document::restoreVersion refuses an existing file: a version never
    // replaces a map.
    if (Error err = m_doc.restoreVersion(ids.first(), path)) {
        setStatus(err.message, true);
        return;
    }
    setStatus(tr("Restored as the new map %1.").arg(QDir::toNativeSeparators(path)), false);
    emit restored(path);
}

void VersionsDialog::updateButtons()
{
    const int selected = int(selectedIds().size());
    m_create->setEnabled(!m_doc.isReadOnly() && !m_name->text().trimmed().isEmpty());
    m_name->setEnabled(!m_doc.isReadOnly());
    m_compareNow->setEnabled(selected == 1);
    m_compareTwo->setEnabled(selected == 2);
    m_restore->setEnabled(selected == 1);
}

void VersionsDialog::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;")
                                    : QString());
}

} // namespace cx
