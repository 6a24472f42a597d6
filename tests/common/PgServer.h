#pragma once

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Aloite::Test {

/// A real PostgreSQL 15 server of the test binary's own: initdb into a temporary folder, started
/// on a free port of 127.0.0.1 with trust authentication, stopped and removed when the program
/// ends. One server per test binary (started by the first test that asks), one database per
/// test. PostgreSQL refuses to run as root, and CI runs as root: then initdb and pg_ctl run as the
/// user postgres (which the postgresql-15 package creates) in a folder given to that user.
class PgServer
{
public:
    /// The server, started on first use; error() tells why when it could not be.
    static PgServer& instance()
    {
        static PgServer* server = [] {
            auto* s = new PgServer;
            s->start();
            // Stopped while the application object still exists (QProcess needs it).
            qAddPostRoutine([] { PgServer::instance().stop(); });
            return s;
        }();
        return *server;
    }

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }

    /// A new empty database; its connection URI, or an empty string with error() set.
    QString createDatabase()
    {
        if (!m_running)
            return {};
        static QAtomicInt counter;
        const QString name = QStringLiteral("aloite_test_%1").arg(counter.fetchAndAddRelaxed(1));
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-server-admin"));
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(m_port);
            admin.setUserName(superUser());
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open()) {
                m_error = QStringLiteral("cannot connect to the test server: ") + admin.lastError().text();
            } else {
                QSqlQuery query(admin);
                // template0 and C.UTF-8: the byte order of SQLite's BINARY collation for plain text.
                if (!query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'")
                                    .arg(name)))
                    m_error = QStringLiteral("CREATE DATABASE failed: ") + query.lastError().text();
                else
                    m_error.clear();
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-server-admin"));
        if (!m_error.isEmpty())
            return {};
        return uri(name);
    }

    /// The URI of database \a name as the superuser of the test server.
    QString uri(const QString& name) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable").arg(superUser()).arg(m_port).arg(name);
    }

    static QString superUser() { return QStringLiteral("aloite_admin"); }

    void stop()
    {
        if (m_running) {
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("-w"), QStringLiteral("stop")});
            m_running = false;
        }
        m_dir.reset();
    }

private:
    PgServer() = default;

    static QString binary(const QString& name) { return QStringLiteral("/usr/lib/postgresql/15/bin/") + name; }
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    static bool asRoot() { return geteuid() == 0; }

    /// Runs a PostgreSQL program, as the user postgres when we are root; false with m_error set.
    bool run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (asRoot())
            process.start(
                QStringLiteral("runuser"),
                QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), binary(program)}
                    + arguments);
        else
            process.start(binary(program), arguments);
        if (!process.waitForStarted(10000)) {
            m_error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
            return false;
        }
        process.waitForFinished(120000);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m_error = QStringLiteral("%1 failed (exit %2): %3")
                          .arg(program)
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
            return false;
        }
        return true;
    }

    /// A port nobody listens on now: the kernel's choice for port 0.
    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return 0;
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof address;
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(fd);
        return port;
    }

    void start()
    {
        if (!QFile::exists(binary(QStringLiteral("initdb")))) {
            m_error = QStringLiteral("PostgreSQL 15 is not installed (%1 is missing; install postgresql-15)")
                          .arg(binary(QStringLiteral("initdb")));
            return;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            m_error = QStringLiteral("Qt's PostgreSQL driver QPSQL is missing (install libqt6sql6-psql)");
            return;
        }
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("no temporary folder: ") + m_dir->errorString();
            return;
        }
        if (asRoot()) {
            const passwd* postgres = getpwnam("postgres");
            if (!postgres) {
                m_error = QStringLiteral("running as root, and there is no user postgres to run the server as");
                return;
            }
            if (::chown(QFile::encodeName(m_dir->path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
                m_error = QStringLiteral("cannot give %1 to the user postgres").arg(m_dir->path());
                return;
            }
        }
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superUser(), QStringLiteral("--auth=trust"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")}))
            return;
        // A port can be taken between the choice and the start; a few tries.
        for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
            m_port = freePort();
            // Speed over durability: the cluster is thrown away after the test.
            const QString options =
                QStringLiteral("-p %1 -h 127.0.0.1 -k %2 -c fsync=off -c synchronous_commit=off "
                               "-c full_page_writes=off -c max_connections=60 -c shared_buffers=16MB")
                    .arg(m_port)
                    .arg(m_dir->path());
            m_running =
                run(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                     m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options, QStringLiteral("-w"),
                     QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
            if (!m_running) {
                QFile log(m_dir->filePath(QStringLiteral("server.log")));
                if (log.open(QIODevice::ReadOnly))
                    m_error += QStringLiteral("\nserver log: ") + QString::fromLocal8Bit(log.readAll()).trimmed();
            }
        }
        if (m_running)
            m_error.clear();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
};

} // namespace Aloite::Test
