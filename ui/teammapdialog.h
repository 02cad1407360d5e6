#pragma once

// File > Open Team Map...: which server (anything libpq takes) and which map
// on it, with the team maps opened before a click away. "List Maps" asks the
// server which maps the role may read. A password libpq needs is asked for
// and used for that connection only; it is never kept.

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;

namespace cx {

class TeamMapDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamMapDialog(QWidget* parent = nullptr);

    QString server() const;
    QString map() const;

    // The team maps opened before, newest first (QSettings).
    struct Recent
    {
        QString server;
        QString map;
    };
    static QList<Recent> recent();
    static void remember(const QString& server, const QString& map);

    // Asks for the password of the role in conninfo (for one connection).
    static QString askPassword(QWidget* parent, const QString& conninfo, bool* ok);

private:
    void listMaps();
    void useRecent(int row);

    QComboBox* m_server = nullptr;
    QComboBox* m_map = nullptr;
    QListWidget* m_recent = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cx
