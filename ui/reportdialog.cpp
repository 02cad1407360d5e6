#include "reportdialog.h"

#include "glyphcheck.h"

#include "analysis/actions.h"
#include "model/document.h"
#include "report/recognitionsheet.h"
#include "report/reportwriter.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cx {

namespace {

QListWidgetItem* checkItem(QListWidget* list, const QString& text, Id id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QList<Id> checkedIds(const QListWidget* list)
{
    QList<Id> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

} // namespace

ReportDialog::ReportDialog(Document& doc, Id currentJourney, Id lensDepartment, const QString& path,
                           QWidget* parent)
    : QDialog(parent), m_doc(doc), m_folder(QFileInfo(path).absolutePath())
{
    setWindowTitle(tr("Export PDF Report"));
    setObjectName(QStringLiteral("reportDialog"));
    auto* form = new QFormLayout(this);

    m_journeys = new QListWidget(this);
    m_journeys->setObjectName(QStringLiteral("reportJourneys"));
    m_journeys->setAccessibleName(tr("Journeys in the report"));
    for (Id j : doc.journeyIds())
        checkItem(m_journeys, doc.journey(j)->name, j, j == currentJourney || !currentJourney);
    m_journeys->setMaximumHeight(m_journeys->sizeHintForRow(0) * 4 + 8);
    form->addRow(tr("&Journeys:"), m_journeys);

    m_departments = new QListWidget(this);
    m_departments->setObjectName(QStringLiteral("reportDepartments"));
    m_departments->setAccessibleName(tr("Department sections in the report"));
    m_departments->setToolTip(tr("Some departments, not all: their own report, about their cards "
                                 "and the cards their chains reach (the rest of the map faded)."));
    for (Id d : doc.departmentIds())
        checkItem(m_departments, doc.department(d)->name, d,
                  !lensDepartment || d == lensDepartment);
    form->addRow(tr("&Departments:"), m_departments);

    const QSettings settings;
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("A3"), int(QPageSize::A3));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(std::max(
        0, m_paper->findData(settings.value(QStringLiteral("report/paper"), int(QPageSize::A4)))));
    form->addRow(tr("&Paper:"), m_paper);

    auto* orientationRow = new QHBoxLayout;
    auto* portrait = new QRadioButton(tr("P&ortrait"), this);
    auto* landscape = new QRadioButton(tr("&Landscape"), this);
    portrait->setObjectName(QStringLiteral("reportPortrait"));
    landscape->setObjectName(QStringLiteral("reportLandscape"));
    m_orientation = new QButtonGroup(this);
    m_orientation->addButton(portrait, int(QPageLayout::Portrait));
    m_orientation->addButton(landscape, int(QPageLayout::Landscape));
    (settings.value(QStringLiteral("report/landscape"), false).toBool() ? landscape : portrait)
        ->setChecked(true);
    orientationRow->addWidget(portrait);
    orientationRow->addWidget(landscape);
    orientationRow->addStretch(1);
    form->addRow(tr("Orientation:"), orientationRow);

    // A big journey gets an overview of its map and an appendix of the cards
    // that matter; these print everything instead.
    auto* fullRow = new QVBoxLayout;
    m_fullMap = new QCheckBox(tr("Every &map page"), this);
    m_fullMap->setObjectName(QStringLiteral("reportFullMap"));
    m_fullMap->setToolTip(tr("A map of more than 12 pages otherwise gets an overview and the "
                             "pages that matter."));
    m_fullAppendix = new QCheckBox(tr("Every &card in the appendix"), this);
    m_fullAppendix->setObjectName(QStringLiteral("reportFullAppendix"));
    m_fullAppendix->setToolTip(tr("A journey of more than 500 cards otherwise lists the cards "
                                  "that matter."));
    fullRow->addWidget(m_fullMap);
    fullRow->addWidget(m_fullAppendix);
    form->addRow(tr("Big journeys:"), fullRow);

    // The period of the department pages' customer feedback and praise.
    m_since = new QDateEdit(report::defaultPeriodStart(today(doc)), this);
    m_since->setObjectName(QStringLiteral("reportFeedbackSince"));
    m_since->setCalendarPopup(true);
    m_since->setToolTip(tr("The department pages show the customer feedback and praise of the "
                           "period from this day on."));
    m_since->setEnabled(doc.feedbackCount() > 0);
    auto* since = new QLabel(tr("&Feedback since:"), this);
    since->setBuddy(m_since);
    form->addRow(since, m_since);

    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(QDir::toNativeSeparators(path), this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* saveTo = new QLabel(tr("&Save to:"), this);
    saveTo->setBuddy(m_path); // a row of a layout gets no buddy by itself: "&" showed
    form->addRow(saveTo, pathRow);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);

    // What the report would lose for want of a font, before it is written.
    m_glyphs = new QLabel(this);
    m_glyphs->setObjectName(QStringLiteral("reportGlyphs"));
    m_glyphs->setWordWrap(true);
    m_glyphs->setTextFormat(Qt::PlainText);
    QPalette warn = m_glyphs->palette();
    warn.setColor(QPalette::WindowText, QColor(0xB0, 0x1E, 0x1E));
    m_glyphs->setPalette(warn);
    form->addRow(m_glyphs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_journeys, &QListWidget::itemChanged, this, &ReportDialog::updateOk);
    connect(m_journeys, &QListWidget::itemChanged, this, &ReportDialog::updateGlyphs);
    connect(m_departments, &QListWidget::itemChanged, this, &ReportDialog::updateOk);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::updateOk);
    updateOk();
    updateGlyphs();
    resize(460, 560);
}

report::ReportOptions ReportDialog::options() const
{
    report::ReportOptions o;
    o.journeyIds = checkedIds(m_journeys);
    o.departmentIds = checkedIds(m_departments);
    o.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    o.orientation = QPageLayout::Orientation(m_orientation->checkedId());
    o.fullMap = m_fullMap->isChecked();
    o.fullAppendix = m_fullAppendix->isChecked();
    o.feedbackSince = m_since->date();
    return o;
}

QString ReportDialog::path() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }

void ReportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save Report As"), path(),
                                                        tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty()) {
        m_browsed = chosen;
        m_path->setText(QDir::toNativeSeparators(chosen));
    }
}

void ReportDialog::updateOk()
{
    auto* buttons = findChild<QDialogButtonBox*>();
    // No journey means no report; no department is a report without sections.
    buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!checkedIds(m_journeys).isEmpty() && !path().isEmpty());
}

void ReportDialog::updateGlyphs()
{
    const QList<Id> journeys = checkedIds(m_journeys);
    const QString warning =
        journeys.isEmpty() ? QString() : missingGlyphs(m_doc, journeys).warning();
    m_glyphs->setText(warning);
    m_glyphs->setVisible(!warning.isEmpty());
}

void ReportDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("report/paper"), m_paper->currentData());
    settings.setValue(QStringLiteral("report/landscape"),
                      m_orientation->checkedId() == int(QPageLayout::Landscape));
    QString p = path();
    if (QFileInfo(p).isRelative()) // typed by hand: next to the proposal
        p = QDir(m_folder).filePath(p);
    if (QFileInfo(p).suffix().isEmpty())
        p += QStringLiteral(".pdf");
    m_path->setText(QDir::toNativeSeparators(p));
    // Browse asked already; a proposed or typed name is checked here.
    if (QFileInfo::exists(p) && p != m_browsed &&
        QMessageBox::question(
            this, tr("Replace the File?"),
            tr("%1 exists. Replace it with the new report?").arg(QDir::toNativeSeparators(p))) !=
            QMessageBox::Yes)
        return;
    QDialog::accept();
}

Error ReportDialog::write(Document& doc, const report::ReportOptions& options, const QString& path,
                          QWidget* parent)
{
    report::ReportWriter writer(doc, options);
    if (Error err = writer.error())
        return err;
    if (Error err = writer.begin(path))
        return err;
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             writer.pageCount(), parent);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(tr("Export PDF Report"));
    // Modal at once: the document must not change or close under the writer.
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    progress.show();
    while (!writer.atEnd()) {
        if (progress.wasCanceled()) {
            writer.cancel();
            return {ErrorCode::Cancelled,
                    ReportDialog::tr("The report was cancelled; nothing was saved.")};
        }
        if (Error err = writer.step()) {
            writer.cancel();
            return err;
        }
        progress.setValue(writer.pagesWritten()); // repaints and lets Cancel be clicked
        QApplication::processEvents();
    }
    if (Error err = writer.finish())
        return err;
    progress.setValue(writer.pageCount());
    return {};
}

} // namespace cx
