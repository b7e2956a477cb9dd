#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

// A real Mosquitto for tests, on 127.0.0.1 at a free port, with a config of its own in a
// temporary folder. It can be killed (SIGKILL, as a crash) and started again on the same port,
// with or without persistence, and given a password file and an ACL.
class MosquittoBroker
{
public:
    struct Options
    {
        bool persistence = false;
        // Empty: anonymous clients are let in. Otherwise user name to password, written into a
        // password file with mosquitto_passwd, and anonymous clients are refused.
        QList<QPair<QString, QString>> users;
        QString aclFile; // a path, or empty for none
        // TLS on the listener with this certificate and key (PEM paths); url() is then mqtts.
        QString certFile;
        QString keyFile;
    };

    MosquittoBroker();
    explicit MosquittoBroker(const Options &options);
    ~MosquittoBroker();

    // Starts it and waits until it takes connections; false, with error() saying why, if not.
    bool start();
    // The same, for REQUIRE(broker.startOrWhy() == ""): a failure prints the reason.
    std::string startOrWhy() { return start() ? std::string() : m_error.toStdString(); }
    // SIGKILL, and waits until it is gone: no will is sent for it, no state written.
    void kill();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString url() const;
    QString error() const { return m_error; }
    // What the broker wrote to its log so far.
    QString log() const;

private:
    bool writeConfig();

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
