#include "departmentdialog.h"

#include "canvas/canvasstyle.h"
#include "commands/edit.h"
#include "model/document.h"
#include "model/templates.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cx {

namespace {

const QRegularExpression& shortNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N}]{2,4}$"));
    return re;
}

QPixmap swatchPixmap(const QColor& color, int side, qreal dpr)
{
    QPixmap pm(QSize(side, side) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0, 0, 0, 90), 1));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 3, 3);
    return pm;
}

// Cards that name the department, in all journeys.
void countCards(const Document& doc, Id departmentId, int& owned, int& contributed)
{
    owned = contributed = 0;
    for (Id journeyId : doc.journeyIds()) {
        for (Id cardId : doc.cardIdsOfJourney(journeyId)) {
            const Card* c = doc.card(cardId);
            if (c->accountableId == departmentId)
                ++owned;
            else if (c->contributingIds.contains(departmentId))
                ++contributed;
        }
    }
}

std::optional<Id> askSuccessor(const Document& doc, const Department& gone, int owned,
                               int contributed, QWidget* parent)
{
    QDialog dlg(parent);
    dlg.setWindowTitle(DepartmentDialog::tr("Remove department"));
    auto* layout = new QVBoxLayout(&dlg);
    const QString cards = DepartmentDialog::tr("%n card(s)", nullptr, owned);
    auto* text = new QLabel(DepartmentDialog::tr("“%1” is accountable for %2 and contributes to "
                                                 "%3 more. Which department takes them over?")
                                .arg(gone.name, cards, QString::number(contributed)),
                            &dlg);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setAccessibleName(DepartmentDialog::tr("What happens to the cards"));
    auto* combo = new QComboBox(&dlg);
    combo->setObjectName(QStringLiteral("replacementCombo"));
    combo->setAccessibleName(DepartmentDialog::tr("Department that takes over the cards"));
    combo->addItem(DepartmentDialog::tr("Nobody (leave the cards unowned)"), Id(0));
    for (Id id : doc.departmentIds()) {
        if (id != gone.id)
            combo->addItem(doc.department(id)->name, id);
    }
    text->setBuddy(combo);
    auto* note = new QLabel(DepartmentDialog::tr("The cards it contributes to get the new "
                                                 "department as a contributor. Undo restores "
                                                 "everything."),
                            &dlg);
    note->setWordWrap(true);
    note->setAccessibleName(DepartmentDialog::tr("Note"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dlg);
    QPushButton* remove =
        buttons->addButton(DepartmentDialog::tr("Remove"), QDialogButtonBox::AcceptRole);
    remove->setAccessibleName(DepartmentDialog::tr("Remove the department"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(DepartmentDialog::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    layout->addWidget(text);
    layout->addWidget(combo);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (dlg.exec() != QDialog::Accepted)
        return std::nullopt;
    return combo->currentData().value<Id>();
}

} // namespace

DepartmentDialog::DepartmentDialog(const Document& doc, const Department& department,
                                   QWidget* parent)
    : QDialog(parent), m_doc(doc), m_department(department)
{
    setWindowTitle(department.id == 0 ? tr("Add department") : tr("Edit department"));
    setAccessibleName(windowTitle());
    if (department.id == 0 && !department.color.isValid()) {
        const QList<Department> palette = defaultPalette();
        m_department.color = palette.isEmpty() ? QColor(0x7f, 0x7f, 0x7f) : palette[0].color;
        for (const Department& d : palette) {
            const QList<Id> ids = doc.departmentIds();
            const bool used = std::any_of(ids.begin(), ids.end(), [&](Id id) {
                return doc.department(id)->color == d.color;
            });
            if (!used) {
                m_department.color = d.color;
                break;
            }
        }
    }
    m_shortNameTouched = department.id != 0 || !department.shortName.isEmpty();
    createFields();
    setColor(m_department.color);
    validate();
}

void DepartmentDialog::createFields()
{
    auto* form = new QFormLayout;
    m_name = new QLineEdit(m_department.name, this);
    m_name->setPlaceholderText(tr("e.g. Customer Support"));
    m_name->setObjectName(QStringLiteral("departmentName"));
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);

    m_shortName = new QLineEdit(m_department.shortName, this);
    m_shortName->setMaxLength(4);
    m_shortName->setPlaceholderText(tr("2–4 letters"));
    m_shortName->setObjectName(QStringLiteral("departmentShortName"));
    m_shortName->setAccessibleName(tr("Short name"));
    m_shortName->setAccessibleDescription(tr("2 to 4 letters shown on the cards' chips"));
    m_preview = new QLabel(this);
    m_preview->setAccessibleName(tr("Chip preview"));
    auto* shortRow = new QHBoxLayout;
    shortRow->addWidget(m_shortName, 1);
    shortRow->addWidget(m_preview);
    form->addRow(tr("&Short name:"), shortRow);
    qobject_cast<QLabel*>(form->labelForField(shortRow))->setBuddy(m_shortName);

    m_colorButton = new QPushButton(this);
    m_colorButton->setAccessibleName(tr("Colour"));
    m_colorButton->setToolTip(tr("Choose any colour"));
    auto* colorBox = new QVBoxLayout;
    colorBox->addWidget(m_colorButton, 0, Qt::AlignLeft);
    colorBox->addWidget(createPaletteRow());
    form->addRow(tr("&Colour:"), colorBox);
    qobject_cast<QLabel*>(form->labelForField(colorBox))->setBuddy(m_colorButton);

    m_head = new QLineEdit(m_department.head, this);
    m_head->setPlaceholderText(tr("Who answers for it"));
    m_head->setAccessibleName(tr("Head"));
    form->addRow(tr("&Head:"), m_head);

    m_description = new QPlainTextEdit(m_department.description, this);
    m_description->setTabChangesFocus(true);
    m_description->setAccessibleName(tr("Description"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Description:"), m_description);

    finishLayout(form);

    connect(m_name, &QLineEdit::textEdited, this, &DepartmentDialog::suggestShortName);
    connect(m_name, &QLineEdit::textChanged, this, &DepartmentDialog::validate);
    connect(m_shortName, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_shortNameTouched = !text.isEmpty();
        const int cursor = m_shortName->cursorPosition();
        m_shortName->setText(text.toUpper());
        m_shortName->setCursorPosition(cursor);
    });
    connect(m_shortName, &QLineEdit::textChanged, this, &DepartmentDialog::validate);
    connect(m_colorButton, &QPushButton::clicked, this, &DepartmentDialog::chooseColor);
}

// The problem line and the buttons under the form.
void DepartmentDialog::finishLayout(QFormLayout* form)
{
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(m_department.id == 0 ? tr("Add") : tr("Save"));
    m_ok->setAccessibleName(m_ok->text());
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    for (QLabel* label : findChildren<QLabel*>()) { // the form's row labels
        if (label->accessibleName().isEmpty())
            label->setAccessibleName(label->text().remove(QLatin1Char('&')).chopped(1));
    }
}

QWidget* DepartmentDialog::createPaletteRow()
{
    auto* row = new QWidget(this);
    row->setAccessibleName(tr("Default colours"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    const QList<Department> palette = defaultPalette();
    for (int i = 0; i < palette.size(); ++i) {
        const QColor color = palette[i].color;
        auto* b = new QToolButton(row);
        b->setObjectName(QStringLiteral("paletteSwatch%1").arg(i));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setIcon(swatchPixmap(color, 16, devicePixelRatioF()));
        const QString label = tr("Colour %1 (%2's default)").arg(color.name(), palette[i].name);
        b->setToolTip(label);
        b->setAccessibleName(label);
        b->setProperty("swatchColor", color);
        connect(b, &QToolButton::clicked, this, [this, color] { setColor(color); });
        layout->addWidget(b);
        m_swatches.append(b);
    }
    layout->addStretch(1);
    row->setVisible(!palette.isEmpty());
    return row;
}

Department DepartmentDialog::department() const
{
    Department d = m_department;
    d.name = m_name->text().trimmed();
    d.shortName = m_shortName->text().trimmed().toUpper();
    d.head = m_head->text().trimmed();
    d.description = m_description->toPlainText().trimmed();
    return d;
}

void DepartmentDialog::setColor(const QColor& color)
{
    m_department.color = color;
    const qreal dpr = devicePixelRatioF();
    m_colorButton->setIcon(swatchPixmap(color, 16, dpr));
    m_colorButton->setText(color.name().toUpper() + QStringLiteral("…"));
    m_colorButton->setAccessibleDescription(tr("Current colour %1").arg(color.name()));
    for (QAbstractButton* b : std::as_const(m_swatches))
        b->setChecked(b->property("swatchColor").value<QColor>() == color);
    validate();
}

void DepartmentDialog::chooseColor()
{
    const QColor c = QColorDialog::getColor(m_department.color, this, tr("Department colour"));
    if (c.isValid())
        setColor(c);
}

// While the user has not typed a short name, propose one from the name:
// the initials of several words, or the first three letters of one.
void DepartmentDialog::suggestShortName()
{
    if (m_shortNameTouched)
        return;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = m_name->text().split(separators, Qt::SkipEmptyParts);
    QString suggestion;
    if (words.size() >= 2) {
        for (const QString& w : words.mid(0, 4))
            suggestion += w.front();
    } else if (!words.isEmpty()) {
        suggestion = words.front().left(3);
    }
    m_shortName->setText(suggestion.toUpper());
}

// The other department with the short name typed, when it is a new one
// (a map may already hold two alike; keeping one's own is fine).
const Department* DepartmentDialog::shortNameHolder() const
{
    const QString typed = m_shortName->text().trimmed();
    if (typed.isEmpty() ||
        typed.compare(m_department.shortName.trimmed(), Qt::CaseInsensitive) == 0)
        return nullptr;
    for (Id id : m_doc.departmentIds()) {
        const Department* d = m_doc.department(id);
        if (d->id != m_department.id &&
            d->shortName.trimmed().compare(typed, Qt::CaseInsensitive) == 0)
            return d;
    }
    return nullptr;
}

void DepartmentDialog::validate()
{
    if (!m_ok)
        return; // still building
    const QString name = m_name->text().trimmed();
    const Department* same = name.isEmpty() ? nullptr : m_doc.departmentByName(name);
    if (name.isEmpty())
        m_problemText = tr("Give the department a name.");
    else if (same && same->id != m_department.id)
        m_problemText = tr("There is already a department called “%1”. Names must differ, "
                           "whatever their capitals.")
                            .arg(same->name);
    else if (!shortNamePattern().match(m_shortName->text().trimmed()).hasMatch())
        m_problemText = tr("The short name needs 2 to 4 letters or digits: the cards' chips "
                           "show it next to the colour.");
    else if (const Department* taken = shortNameHolder())
        m_problemText = tr("“%1” already goes by %2: each department needs its own short name.")
                            .arg(taken->name, m_shortName->text().trimmed());
    else
        m_problemText.clear();
    m_problem->setText(m_problemText.isEmpty() ? QString() : QStringLiteral("⚠ ") + m_problemText);
    m_ok->setEnabled(m_problemText.isEmpty());

    m_preview->setPixmap(chipPixmap(m_shortName->text(), m_department.color, chipSize(font()),
                                    font(), devicePixelRatioF()));
}

std::optional<Id> DepartmentDialog::askReplacement(const Document& doc, Id departmentId,
                                                   QWidget* parent)
{
    const Department* d = doc.department(departmentId);
    if (!d)
        return std::nullopt;
    int owned = 0;
    int contributed = 0;
    countCards(doc, departmentId, owned, contributed);
    if (owned + contributed > 0)
        return askSuccessor(doc, *d, owned, contributed, parent);

    QMessageBox box(QMessageBox::Question, tr("Remove department"),
                    tr("Remove the department “%1”? No card refers to it.").arg(d->name),
                    QMessageBox::Cancel, parent);
    QPushButton* remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Remove the department"));
    box.setDefaultButton(remove);
    box.exec();
    if (box.clickedButton() != remove)
        return std::nullopt;
    return Id(0);
}

std::optional<Id> DepartmentDialog::askAdd(Document& doc, QWidget* parent)
{
    Department fresh;
    fresh.position = -1; // at the end
    DepartmentDialog dlg(doc, fresh, parent);
    if (dlg.exec() != QDialog::Accepted)
        return std::nullopt;
    const Result<Id> id = edit::addDepartment(doc, dlg.department());
    if (!id) {
        QMessageBox::warning(parent, tr("Add department"), id.error().message);
        return std::nullopt;
    }
    return id.value();
}

void DepartmentDialog::askEdit(Document& doc, Id departmentId, QWidget* parent)
{
    const Department* d = doc.department(departmentId);
    if (!d)
        return;
    DepartmentDialog dlg(doc, *d, parent);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const Department after = dlg.department();
    d = doc.department(departmentId); // the dialog's event loop may have changed it
    if (!d || after == *d)
        return;
    if (Error err = edit::editDepartment(doc, after))
        QMessageBox::warning(parent, tr("Edit department"), err.message);
}

void DepartmentDialog::askRemove(Document& doc, Id departmentId, QWidget* parent)
{
    const std::optional<Id> replacement = askReplacement(doc, departmentId, parent);
    if (!replacement || !doc.department(departmentId))
        return;
    if (Error err = edit::removeDepartment(doc, departmentId, *replacement))
        QMessageBox::warning(parent, tr("Remove department"), err.message);
}

QSize DepartmentDialog::chipSize(const QFont& font)
{
    const QFontMetrics fm(font);
    return {std::max(fm.height() * 2, fm.horizontalAdvance(QStringLiteral("WWWW"))),
            fm.height() + 2};
}

QPixmap DepartmentDialog::chipPixmap(const QString& shortName, const QColor& color,
                                     const QSize& size, const QFont& font, qreal devicePixelRatio)
{
    QPixmap pm(size * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = color.isValid() ? color : QColor(Qt::lightGray);
    p.setPen(QPen(fill.darker(130), 1));
    p.setBrush(fill);
    const QRectF r(0.5, 0.5, size.width() - 1, size.height() - 1);
    p.drawRoundedRect(r, r.height() / 3, r.height() / 3);
    p.setPen(canvas::textOn(fill));
    QFont f = font;
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    p.drawText(r, Qt::AlignCenter, shortName);
    return pm;
}

QList<Department> DepartmentDialog::defaultPalette()
{
    static const QList<Department> palette = [] {
        Result<DocumentData> blank = templateData(QStringLiteral("blank"));
        if (!blank)
            return QList<Department>();
        QList<Department> list = blank->departments;
        std::sort(list.begin(), list.end(),
                  [](const Department& a, const Department& b) { return a.position < b.position; });
        return list;
    }();
    return palette;
}

} // namespace cx
