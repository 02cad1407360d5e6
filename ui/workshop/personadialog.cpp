#include "personadialog.h"

#include "commands/edit.h"
#include "model/document.h"
#include "model/picture.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QVBoxLayout>

namespace cx {

PersonaDialog::PersonaDialog(Document& doc, Id journeyId, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_journeyId(journeyId)
{
    setWindowTitle(tr("Personas"));
    setAccessibleName(windowTitle());
    createWidgets();
    connectDocument();
    rebuildList();
    rebuildJourneyCombo();
}

void PersonaDialog::createWidgets()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("personaList"));
    m_list->setAccessibleName(tr("Personas"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("personaAdd"));
    m_add->setAccessibleName(tr("Add a persona"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("personaRemove"));
    m_remove->setAccessibleName(tr("Remove the persona"));
    m_remove->setToolTip(tr("Journeys that follow it keep their cards; undo brings it back"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("personaName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Maya, remote-working parent"));
    form->addRow(tr("&Name:"), m_name);
    m_description = addTextField(QStringLiteral("personaDescription"), tr("Description"));
    form->addRow(tr("&Description:"), m_description);
    m_goals = addTextField(QStringLiteral("personaGoals"), tr("Goals"));
    form->addRow(tr("&Goals:"), m_goals);
    m_frustrations = addTextField(QStringLiteral("personaFrustrations"), tr("Frustrations"));
    form->addRow(tr("&Frustrations:"), m_frustrations);
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("personaPicture"));
    m_picture->setFixedSize(72, 72);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_choosePicture = new QPushButton(tr("C&hoose…"), this);
    m_choosePicture->setObjectName(QStringLiteral("personaChoosePicture"));
    m_choosePicture->setAccessibleName(tr("Choose a picture for the persona"));
    m_removePicture = new QPushButton(tr("No &Picture"), this);
    m_removePicture->setObjectName(QStringLiteral("personaRemovePicture"));
    m_removePicture->setAccessibleName(tr("Remove the persona's picture"));
    auto* pictureButtons = new QVBoxLayout;
    pictureButtons->addWidget(m_choosePicture);
    pictureButtons->addWidget(m_removePicture);
    pictureButtons->addStretch(1);
    auto* pictureRow = new QHBoxLayout;
    pictureRow->addWidget(m_picture);
    pictureRow->addLayout(pictureButtons);
    pictureRow->addStretch(1);
    form->addRow(tr("Picture:"), pictureRow);

    auto* top = new QHBoxLayout;
    top->addLayout(listColumn, 2);
    top->addLayout(form, 3);

    m_journeyPersona = new QComboBox(this);
    m_journeyPersona->setObjectName(QStringLiteral("journeyPersona"));
    m_journeyPersona->setAccessibleName(tr("Persona this journey follows"));
    auto* journeyLabel = new QLabel(tr("&This journey follows:"), this);
    journeyLabel->setBuddy(m_journeyPersona);
    auto* journeyRow = new QHBoxLayout;
    journeyRow->addWidget(journeyLabel);
    journeyRow->addWidget(m_journeyPersona, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(journeyRow);
    layout->addWidget(buttons);
    resize(640, 500);
    connect(m_choosePicture, &QPushButton::clicked, this, &PersonaDialog::choosePicture);
    connect(m_removePicture, &QPushButton::clicked, this, &PersonaDialog::removePicture);

    connect(m_list, &QListWidget::currentItemChanged, this, &PersonaDialog::loadFields);
    connect(m_add, &QPushButton::clicked, this, &PersonaDialog::addPersona);
    connect(m_remove, &QPushButton::clicked, this, &PersonaDialog::removePersona);
    connect(m_name, &QLineEdit::textEdited, this, &PersonaDialog::commitName);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->text().trimmed().isEmpty())
            loadFields(); // the refused empty name gives way to the model's
    });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { commitText(&Persona::description, m_description); });
    connect(m_goals, &QPlainTextEdit::textChanged, this,
            [this] { commitText(&Persona::goals, m_goals); });
    connect(m_frustrations, &QPlainTextEdit::textChanged, this,
            [this] { commitText(&Persona::frustrations, m_frustrations); });
    connect(m_journeyPersona, &QComboBox::currentIndexChanged, this,
            &PersonaDialog::setJourneyPersona);
}

QPlainTextEdit* PersonaDialog::addTextField(const QString& objectName,
                                            const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

void PersonaDialog::connectDocument()
{
    auto all = [this] {
        rebuildList();
        rebuildJourneyCombo();
    };
    connect(&m_doc, &Document::personaAdded, this, all);
    connect(&m_doc, &Document::personaRemoved, this, all);
    connect(&m_doc, &Document::reloaded, this, all);
    connect(&m_doc, &Document::personaChanged, this, [this](Id id) {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            if (item->data(Qt::UserRole).value<Id>() == id)
                item->setText(m_doc.persona(id)->name.trimmed());
        }
        if (id == currentPersonaId())
            loadFields();
        rebuildJourneyCombo();
    });
    connect(&m_doc, &Document::journeyChanged, this, [this](Id id) {
        if (id == m_journeyId)
            rebuildJourneyCombo();
    });
    connect(&m_doc, &Document::journeyRemoved, this, [this](Id id) {
        if (id == m_journeyId) {
            m_journeyId = 0;
            rebuildJourneyCombo();
        }
    });
}

Id PersonaDialog::currentPersonaId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).value<Id>() : 0;
}

void PersonaDialog::selectPersona(Id personaId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).value<Id>() == personaId)
            m_list->setCurrentRow(i);
    }
}

// The list from the model, keeping the selection where it still exists.
void PersonaDialog::rebuildList()
{
    const Id current = currentPersonaId();
    {
        QScopedValueRollback updating(m_updating, true);
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (Id id : m_doc.personaIds()) {
            auto* item = new QListWidgetItem(m_doc.persona(id)->name.trimmed(), m_list);
            item->setData(Qt::UserRole, QVariant::fromValue(id));
        }
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
        selectPersona(current);
    }
    loadFields();
}

void PersonaDialog::rebuildJourneyCombo()
{
    QScopedValueRollback updating(m_updating, true);
    const Journey* j = m_doc.journey(m_journeyId);
    m_journeyPersona->clear();
    m_journeyPersona->addItem(tr("Nobody in particular"), QVariant::fromValue(Id(0)));
    for (Id id : m_doc.personaIds())
        m_journeyPersona->addItem(m_doc.persona(id)->name.trimmed(), QVariant::fromValue(id));
    m_journeyPersona->setCurrentIndex(
        j ? std::max(0, m_journeyPersona->findData(QVariant::fromValue(j->personaId))) : 0);
    m_journeyPersona->setEnabled(j && !m_doc.isReadOnly());
    if (j)
        m_journeyPersona->setToolTip(tr("The persona of “%1”").arg(j->name));
}

// The selected persona's fields from the model; only what differs is set, so
// that the field being typed in keeps its cursor.
void PersonaDialog::loadFields()
{
    QScopedValueRollback updating(m_updating, true);
    const Persona* p = m_doc.persona(currentPersonaId());
    const bool writable = !m_doc.isReadOnly();
    const Persona shown = p ? *p : Persona();
    if (m_name->text() != shown.name)
        m_name->setText(shown.name);
    const std::pair<QPlainTextEdit*, QString> texts[] = {{m_description, shown.description},
                                                         {m_goals, shown.goals},
                                                         {m_frustrations, shown.frustrations}};
    for (const auto& [edit, text] : texts) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    }
    showPicture(shown.picture);
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_description),
                       static_cast<QWidget*>(m_goals), static_cast<QWidget*>(m_frustrations),
                       static_cast<QWidget*>(m_remove), static_cast<QWidget*>(m_choosePicture)})
        w->setEnabled(p && writable);
    m_removePicture->setEnabled(p && writable && !shown.picture.isEmpty());
    m_add->setEnabled(writable);
}

void PersonaDialog::commit(const Persona& after)
{
    if (edit::editPersona(m_doc, after, edit::Merge::Typing)) {
        // The model wins; later, as the widget that asked is in its own signal.
        QTimer::singleShot(0, this, &PersonaDialog::loadFields);
    }
}

void PersonaDialog::commitName(const QString& text)
{
    const Persona* p = m_doc.persona(currentPersonaId());
    if (m_updating || !p || text.trimmed().isEmpty())
        return; // an empty name is refused: kept on screen until typing goes on
    Persona after = *p;
    after.name = text;
    commit(after);
}

void PersonaDialog::commitText(QString Persona::*field, QPlainTextEdit* edit)
{
    const Persona* p = m_doc.persona(currentPersonaId());
    if (m_updating || !p)
        return;
    Persona after = *p;
    after.*field = edit->toPlainText();
    commit(after);
}

void PersonaDialog::addPersona()
{
    Persona p;
    p.name = tr("New persona");
    const Result<Id> added = edit::addPersona(m_doc, p);
    if (!added)
        return; // the Document reports a failed write
    selectPersona(*added);
    m_name->setFocus();
    m_name->selectAll();
}

void PersonaDialog::removePersona()
{
    if (const Id id = currentPersonaId()) {
        if (const Error err = edit::removePersona(m_doc, id))
            QMessageBox::warning(this, tr("Persona not removed"), err.message);
    }
}

void PersonaDialog::setJourneyPersona(int comboIndex)
{
    const Journey* j = m_doc.journey(m_journeyId);
    if (m_updating || !j || comboIndex < 0)
        return;
    Journey after = *j;
    after.personaId = m_journeyPersona->itemData(comboIndex).value<Id>();
    if (after.personaId != j->personaId && edit::editJourney(m_doc, after))
        QTimer::singleShot(0, this, &PersonaDialog::rebuildJourneyCombo);
}

void PersonaDialog::showPicture(const QByteArray& bytes)
{
    const QImage image = decodePicture(bytes);
    if (image.isNull()) {
        m_picture->setPixmap({});
        // A picture of another kind, from an older file or another tool, is not drawn.
        m_picture->setText(bytes.isEmpty() ? tr("none") : tr("none shown: not PNG or JPEG"));
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QPixmap shown = QPixmap::fromImage(
        image.scaled(QSize(68, 68) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    shown.setDevicePixelRatio(dpr);
    m_picture->setPixmap(shown);
}

Error PersonaDialog::setPictureFromFile(const QString& path)
{
    const Persona* p = m_doc.persona(currentPersonaId());
    if (!p)
        return {ErrorCode::InvalidArgument, tr("No persona is selected")};
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {ErrorCode::Io, tr("Cannot read “%1”: %2").arg(name, file.errorString())};
    // Read a little more than a picture may take, to know when it is too big.
    const QByteArray bytes = file.read(maxPictureBytes * 4 + 1);
    if (!isPictureFormat(bytes))
        return {ErrorCode::InvalidData,
                tr("“%1” is not a PNG or JPEG picture: CXMap takes no other kind").arg(name)};
    if (bytes.size() > maxPictureBytes * 4)
        return {ErrorCode::InvalidData, tr("“%1” is larger than 16 MB").arg(name)};
    QBuffer source;
    source.setData(bytes);
    source.open(QIODevice::ReadOnly);
    QImageReader reader(&source);
    reader.setAutoTransform(true); // a phone photo stands upright
    const QImage image = reader.read();
    if (image.isNull())
        return {ErrorCode::InvalidData,
                tr("“%1” is not a picture CXMap can read: %2").arg(name, reader.errorString())};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.scaled(pictureSide, pictureSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        .save(&buffer, "PNG");
    Persona after = *p;
    after.picture = png;
    return edit::editPersona(m_doc, after);
}

void PersonaDialog::choosePicture()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Picture of the Persona"), {}, tr("PNG or JPEG pictures (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    if (const Error err = setPictureFromFile(path))
        QMessageBox::warning(this, tr("No picture"), err.message);
}

void PersonaDialog::removePicture()
{
    const Persona* p = m_doc.persona(currentPersonaId());
    if (!p || p->picture.isEmpty())
        return;
    Persona after = *p;
    after.picture.clear();
    if (const Error err = edit::editPersona(m_doc, after))
        QMessageBox::warning(this, tr("No picture"), err.message);
}

} // namespace cx
