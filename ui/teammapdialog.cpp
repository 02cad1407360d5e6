#include "teammapdialog.h"

#include "store/teamserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cx {

namespace {

const QString recentKey = QStringLiteral("teamMaps/recent");
constexpr int maxRecent = 10;

} // namespace

TeamMapDialog::TeamMapDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Open Team Map"));
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("teamServer"));
    m_server->setEditable(true);
    m_server->lineEdit()->setPlaceholderText(tr("postgresql://you@server/database"));
    m_server->setMinimumContentsLength(36);
    m_map = new QComboBox(this);
    m_map->setObjectName(QStringLiteral("teamMapName"));
    m_map->setEditable(true);
    m_map->lineEdit()->setPlaceholderText(tr("The map's name on the server"));
    auto* list = new QPushButton(tr("&List Maps"), this);
    list->setObjectName(QStringLiteral("listTeamMaps"));
    list->setToolTip(tr("Ask the server which maps you may open"));
    auto* mapRow = new QHBoxLayout;
    mapRow->addWidget(m_map, 1);
    mapRow->addWidget(list);

    QStringList servers;
    for (const Recent& r : recent()) {
        if (!servers.contains(r.server))
            servers << r.server;
    }
    m_server->addItems(servers);

    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentTeamMaps"));
    for (const Recent& r : recent())
        m_recent->addItem(
            tr("%1 — %2").arg(r.map, r.server.isEmpty() ? tr("PG* settings") : r.server));
    m_recent->setVisible(m_recent->count() > 0);
    m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * 5 + 2 * m_recent->frameWidth() + 4);

    auto* note = new QLabel(
        tr("The server is named as for psql: a postgresql:// address, key=value settings, or "
           "nothing for the PG* variables. Passwords come from ~/.pgpass or are asked for; CXMap "
           "never keeps one."),
        this);
    note->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("teamMapMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    auto* mapLabel = new QLabel(tr("&Map:"), this);
    mapLabel->setBuddy(m_map);
    form->addRow(mapLabel, mapRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    if (m_recent->count() > 0)
        layout->addWidget(new QLabel(tr("Recent team maps:"), this));
    layout->addWidget(m_recent);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(list, &QPushButton::clicked, this, &TeamMapDialog::listMaps);
    connect(m_recent, &QListWidget::currentRowChanged, this, &TeamMapDialog::useRecent);
    connect(m_recent, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!recent().isEmpty())
        useRecent(0);
}

QString TeamMapDialog::server() const { return m_server->currentText().trimmed(); }

QString TeamMapDialog::map() const { return m_map->currentText(); }

void TeamMapDialog::useRecent(int row)
{
    const QList<Recent> all = recent();
    if (row < 0 || row >= all.size())
        return;
    m_server->setCurrentText(all[row].server);
    m_map->setCurrentText(all[row].map);
}

void TeamMapDialog::listMaps()
{
    bool needsPassword = false;
    auto server = TeamServer::connect(this->server(), {}, &needsPassword);
    if (!server && needsPassword) {
        bool ok = false;
        const QString password = askPassword(this, this->server(), &ok);
        if (!ok)
            return;
        server = TeamServer::connect(this->server(), password);
    }
    auto maps = server ? server.value()->maps() : Result<QList<TeamMapInfo>>(server.error());
    if (!maps) {
        m_message->setText(maps.error().message);
        m_message->show();
        return;
    }
    const QString typed = m_map->currentText();
    m_map->clear();
    for (const TeamMapInfo& m : *maps)
        m_map->addItem(m.name);
    m_message->setText(maps->isEmpty() ? tr("There is no map you may open on this server yet.")
                                       : tr("%n map(s) you may open.", nullptr, maps->size()));
    m_message->show();
    if (!typed.isEmpty())
        m_map->setCurrentText(typed);
    m_map->setFocus();
}

QList<TeamMapDialog::Recent> TeamMapDialog::recent()
{
    QList<Recent> list;
    const QStringList entries = QSettings().value(recentKey).toStringList();
    for (const QString& e : entries) {
        const int cut = e.indexOf(QChar(0x1f));
        if (cut >= 0)
            list.append({e.left(cut), e.mid(cut + 1)});
    }
    return list;
}

void TeamMapDialog::remember(const QString& server, const QString& map)
{
    if (TeamServer::holdsPassword(server))
        return; // a password is never kept, not even inside an address
    const QString entry = server + QChar(0x1f) + map;
    QStringList entries = QSettings().value(recentKey).toStringList();
    entries.removeAll(entry);
    entries.prepend(entry);
    QSettings().setValue(recentKey, entries.mid(0, maxRecent));
}

QString TeamMapDialog::askPassword(QWidget* parent, const QString& conninfo, bool* ok)
{
    return QInputDialog::getText(
        parent, tr("Team Server Password"),
        tr("The team server %1 asks for a password. It is used for this connection only.")
            .arg(conninfo.isEmpty() ? tr("(PG* settings)") : conninfo),
        QLineEdit::Password, QString(), ok);
}

} // namespace cx
