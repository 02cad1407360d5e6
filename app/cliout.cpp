#include "cliout.h"

#include <QFile>

#include <cstdio>

namespace cx::cli {

namespace {

bool isC1(char16_t c) { return c >= 0x7F && c <= 0x9F; } // DEL and C1

QString escaped(char16_t c)
{
    return isC1(c) ? QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'))
                   : QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}

// A device over stdout or stderr that escapes control characters in the
// UTF-8 that passes through. QTextStream hands it whole characters, so a
// two-byte C1 sequence is never split between two writes.
class TerminalDevice : public QIODevice
{
public:
    explicit TerminalDevice(FILE* stream)
    {
        m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }

    qint64 writeData(const char* data, qint64 size) override
    {
        QByteArray safe;
        safe.reserve(size);
        for (qint64 i = 0; i < size; ++i) {
            const auto b = static_cast<unsigned char>(data[i]);
            const bool c1 = b == 0xC2 && i + 1 < size &&
                            static_cast<unsigned char>(data[i + 1]) <= 0x9F &&
                            static_cast<unsigned char>(data[i + 1]) >= 0x80;
            if (c1) {
                safe += escaped(static_cast<unsigned char>(data[++i])).toLatin1();
            } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
                safe += escaped(b).toLatin1();
            } else {
                safe += char(b);
            }
        }
        if (m_file.write(safe) != safe.size())
            return -1;
        m_file.flush();
        return size;
    }

private:
    QFile m_file;
};

// A stream over its device, flushed when the program ends (the stream goes
// before its device).
struct Terminal
{
    explicit Terminal(FILE* file) : device(file), stream(&device) {}
    TerminalDevice device;
    QTextStream stream;
};

} // namespace

QTextStream& out()
{
    static Terminal terminal(stdout);
    return terminal.stream;
}

QTextStream& err()
{
    static Terminal terminal(stderr);
    return terminal.stream;
}

void warn(const QString& message)
{
    if (!message.isEmpty())
        err() << "cxmap: warning: " << message << Qt::endl;
}

QString terminalText(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || isC1(u))
            safe += escaped(u);
        else
            safe += c;
    }
    return safe;
}

} // namespace cx::cli
