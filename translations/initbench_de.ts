<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BootSequence</name>
    <message>
        <location filename="../core/engine/bootsequence.cpp" line="+73"/>
        <source>a machine named &apos;%1&apos; is already registered with systemd-machined (its init is PID %2) and Initbench is not running it; choose another name, or stop it with `machinectl terminate %1`</source>
        <translation>eine Maschine namens „%1“ ist bereits bei systemd-machined registriert (ihr Init ist PID %2), und Initbench betreibt sie nicht; wählen Sie einen anderen Namen oder beenden Sie sie mit `machinectl terminate %1`</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+131"/>
        <source>port %1 on 127.0.0.1 is already in use; choose another ssh_port in the profile</source>
        <translation>Port %1 auf 127.0.0.1 ist bereits belegt; wählen Sie im Profil einen anderen ssh_port</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>&apos;%1&apos; has a root tree from an interrupted build or from another version of the profile; `initbench rm %1` removes it, then `initbench up` builds it again</source>
        <translation>„%1“ hat einen Root-Verzeichnisbaum aus einem abgebrochenen Build oder aus einer anderen Version des Profils; `initbench rm %1` entfernt ihn, danach baut `initbench up` ihn neu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the root tree `initbench build` made is up to date with the profile</source>
        <translation>der Root-Verzeichnisbaum, den `initbench build` erstellt hat, entspricht dem Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starting the existing %1 (to rebuild it from the profile, `initbench rm %1` first)</source>
        <translation>der vorhandene Container %1 wird gestartet (um ihn aus dem Profil neu zu bauen, zuerst `initbench rm %1`)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no private UID range for %1 (%2): its root is the host&apos;s root, so the container is not a security boundary (see README, Security)</source>
        <translation>kein eigener UID-Bereich für %1 (%2): sein root ist der root des Hosts, der Container ist also keine Sicherheitsgrenze (siehe README, Sicherheit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd inside cannot boot with one here</source>
        <translation>systemd darin kann hier damit nicht booten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this host allows no user namespaces</source>
        <translation>dieser Host erlaubt keine User-Namespaces</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>machinectl status %1 knows the machine; machinectl login and shell need systemd inside it, so log in with `initbench console %1` or `initbench ssh %1`</source>
        <translation>machinectl status %1 kennt die Maschine; machinectl login und shell brauchen systemd darin, melden Sie sich also mit `initbench console %1` oder `initbench ssh %1` an</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>started %1 from %2, built from this profile</source>
        <translation>%1 aus %2 gestartet, gebaut aus diesem Profil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; has a root tree but no machine description (an interrupted build?); remove it with `initbench rm %1`</source>
        <translation>„%1“ hat einen Root-Verzeichnisbaum, aber keine Maschinenbeschreibung (ein abgebrochener Build?); entfernen Sie ihn mit `initbench rm %1`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1 container named &apos;%2&apos; exists and was not created by Initbench; choose another name</source>
        <translation>ein %1-Container namens „%2“ existiert und wurde nicht von Initbench erstellt; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already running</source>
        <translation>%1 läuft bereits</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>starting %1 failed: %2</source>
        <translation>Start von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>port %1 is already in use; choose another ssh_port</source>
        <translation>Port %1 ist bereits belegt; wählen Sie einen anderen ssh_port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting the container failed: %1</source>
        <translation>Start des Containers fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 started, but setting its password failed (chpasswd -e inside it); it keeps running without one</source>
        <translation>%1 wurde gestartet, aber das Setzen seines Passworts ist fehlgeschlagen (chpasswd -e darin); er läuft ohne Passwort weiter</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the engine is remote: not waiting for the SSH banner on this machine&apos;s 127.0.0.1</source>
        <translation>die Engine ist entfernt: es wird nicht auf das SSH-Banner auf 127.0.0.1 dieses Rechners gewartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was still booting; it keeps running (`initbench down %1` stops it)</source>
        <translation>%1 bootete noch; er läuft weiter (`initbench down %1` stoppt ihn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the container disappeared while booting (removed by someone else?)</source>
        <translation>der Container ist während des Bootens verschwunden (von jemand anderem entfernt?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the container stopped while booting (exit status %1); %2</source>
        <translation>der Container hat während des Bootens angehalten (Exit-Status %1); %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the init has booted (%1 s)</source>
        <translation>das Init hat gebootet (%1 s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the init reports it has booted</source>
        <translation>das Init meldet, dass es gebootet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and SSH answers on 127.0.0.1:%1</source>
        <translation> und SSH antwortet auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not ready after %1 s (%2); %3</source>
        <translation>nach %1 s nicht bereit (%2); %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH does not answer on 127.0.0.1:%1</source>
        <translation>SSH antwortet nicht auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the init has not finished booting</source>
        <translation>das Init hat das Booten nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the profile of %1 is not recorded (%2): start and restart will need `initbench up PROFILE`</source>
        <translation>das Profil von %1 ist nicht gespeichert (%2): Start und Neustart brauchen dann `initbench up PROFIL`</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot make or pin the SSH host key of %1: %2</source>
        <translation>der SSH-Hostschlüssel von %1 kann nicht erzeugt oder festgehalten werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot give %1 its SSH host key: %2</source>
        <translation>%1 kann seinen SSH-Hostschlüssel nicht erhalten: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dockerd remaps users, but its root folder (%1) does not say onto which host IDs, so %2&apos;s sshd could not read the host key Initbench mounts for it</source>
        <translation>dockerd bildet Benutzer um, aber sein Wurzelordner (%1) sagt nicht, auf welche Host-IDs; der sshd von %2 könnte den Hostschlüssel, den Initbench für ihn einbindet, also nicht lesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot give %1&apos;s SSH host key to the container&apos;s root (UID %2): %3</source>
        <translation>der SSH-Hostschlüssel von %1 kann nicht dem root des Containers (UID %2) übergeben werden: %3</translation>
    </message>
</context>
<context>
    <name>ContainerController</name>
    <message>
        <location filename="../core/engine/containercontroller.cpp" line="+104"/>
        <source>more than one engine has a container named &apos;%1&apos;; say which with --engine</source>
        <translation>mehr als eine Engine hat einen Container namens „%1“; geben Sie mit --engine an, welche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no container named &apos;%1&apos; (engines asked: %2)</source>
        <translation>kein Container namens „%1“ (gefragte Engines: %2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; was not created by Initbench; %2 it with %3 %4 if you mean to</source>
        <translation>„%1“ wurde nicht von Initbench erstellt; %2 Sie ihn mit %3 %4, wenn Sie das wollen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is running; stop it first with `initbench down %1`</source>
        <translation>„%1“ läuft; stoppen Sie ihn zuerst mit `initbench down %1`</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>SSH for %1 on 127.0.0.1:%2, a free port kept for it until `initbench rm %1`</source>
        <translation>SSH für %1 auf 127.0.0.1:%2, ein freier Port, der ihm bis `initbench rm %1` vorbehalten bleibt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is removed, but its SSH host key is not: %2</source>
        <translation>%1 ist entfernt, sein SSH-Hostschlüssel aber nicht: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is removed, but %2</source>
        <translation>%1 ist entfernt, aber %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 stopped cleanly in %2 s</source>
        <translation>%1 wurde in %2 s sauber gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 had to be killed: its init did not shut down</source>
        <translation>%1 musste abgewürgt werden: sein Init hat sich nicht beendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not running</source>
        <translation>%1 läuft nicht</translation>
    </message>
</context>
<context>
    <name>ContainerTerminals</name>
    <message>
        <location filename="../app/gui/containerterminals.cpp" line="+29"/>
        <source>The console of a systemd-nspawn machine is not available here: it belongs to Initbench&apos;s supervisor. Use `initbench console NAME`, SSH or an exec shell.</source>
        <translation>Die Konsole einer systemd-nspawn-Maschine ist hier nicht verfügbar: Sie gehört dem Supervisor von Initbench. Verwenden Sie `initbench console NAME`, SSH oder eine Exec-Shell.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>console of %1 (nspawn, through Initbench&apos;s supervisor; Ctrl-] leaves): the console getty&apos;s login, recorded in utmp and wtmp</source>
        <translation>Konsole von %1 (nspawn, über den Supervisor von Initbench; Strg-] verlässt sie): die Anmeldung am Konsolen-getty, in utmp und wtmp festgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>console of %1 (%2 attach): the console getty&apos;s login, recorded in utmp and wtmp</source>
        <translation>Konsole von %1 (%2 attach): die Anmeldung am Konsolen-getty, in utmp und wtmp festgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exec shell in %1 (%2): writes no login record, not seen by who or last</source>
        <translation>Exec-Shell in %1 (%2): schreibt keinen Anmeldeeintrag, für who und last unsichtbar</translation>
    </message>
</context>
<context>
    <name>ImageBuilder</name>
    <message>
        <location filename="../core/engine/imagebuilder.cpp" line="+60"/>
        <source>the base image %1 is not here yet; pulling it</source>
        <translation>das Basis-Image %1 ist noch nicht da; es wird geholt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the image %1 is missing and cannot be pulled, and Initbench can only bootstrap Debian and Ubuntu bases</source>
        <translation>das Image %1 fehlt und kann nicht geholt werden, und Initbench kann nur Debian- und Ubuntu-Basen selbst aufsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the registry is not reachable (%1); using a local base bootstrapped from the %2 mirror instead</source>
        <translation>die Registry ist nicht erreichbar (%1); stattdessen wird eine lokale Basis verwendet, aufgesetzt vom %2-Mirror</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> at step %1/%2 (%3)</source>
        <translation> bei Schritt %1/%2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed%2: %3; the whole log is in %4</source>
        <translation>%1 fehlgeschlagen%2: %3; das vollständige Protokoll steht in %4</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Initbench&apos;s own SSH key is not in the image (%1); its terminal will ask for a password</source>
        <translation>Initbenchs eigener SSH-Schlüssel ist nicht im Image (%1); sein Terminal wird nach einem Passwort fragen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the root tree of %1 is up to date with the profile</source>
        <translation>der Root-Verzeichnisbaum von %1 entspricht dem Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the nspawn machine &apos;%1&apos; already has a root tree (%2); remove it with `initbench rm %1` first</source>
        <translation>die nspawn-Maschine „%1“ hat bereits einen Root-Verzeichnisbaum (%2); entfernen Sie ihn zuerst mit `initbench rm %1`</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the image %1 is up to date with the profile</source>
        <translation>das Image %1 entspricht dem Profil</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the build of %1 stopped, but its partial tree stays: %2</source>
        <translation>der Build von %1 wurde angehalten, aber sein unvollständiger Verzeichnisbaum bleibt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the build of %1 stopped; nothing of it was kept%2</source>
        <translation>der Build von %1 wurde angehalten; nichts davon wurde behalten%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 was not made)</source>
        <translation> (%1 wurde nicht erstellt)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+320"/>
        <location line="+60"/>
        <location line="+11"/>
        <source>%1 is ready in %2 s: %3</source>
        <translation>%1 ist nach %2 s bereit: %3</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 was not running</source>
        <translation>%1 lief nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped cleanly in %2 s (exit status %3)</source>
        <translation>%1 wurde in %2 s sauber gestoppt (Exit-Status %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 had to be killed: its init did not shut down (exit status %2)</source>
        <translation>%1 musste zwangsweise beendet werden: sein Init-System fuhr nicht herunter (Exit-Status %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>killed %1</source>
        <translation>%1 beendet (SIGKILL)</translation>
    </message>
    <message>
        <location filename="../models/inspectionmodels.cpp" line="+7"/>
        <location line="+12"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Line</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+24"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logout</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runlevel / group</source>
        <translation>Runlevel / Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init&apos;s words</source>
        <translation>Wortlaut des Init-Systems</translation>
    </message>
    <message>
        <location filename="../app/gui/guilauncher.cpp" line="+65"/>
        <location line="+4"/>
        <source>Initbench</source>
        <translation>Initbench</translation>
    </message>
    <message>
        <location filename="../models/containerjob.cpp" line="+50"/>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>WtmpDbReader</name>
    <message>
        <location filename="../core/inspect/wtmpdbreader.cpp" line="+52"/>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>Qts SQLite-Treiber fehlt (Debian-Paket libqt6sql6-sqlite)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>not an SQLite database (%n byte(s))</source>
        <translation>
            <numerusform>keine SQLite-Datenbank (%n Byte)</numerusform>
            <numerusform>keine SQLite-Datenbank (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write a private copy of the database: %1</source>
        <translation>eine private Kopie der Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no wtmpdb table (wtmp is missing, or not a plain table)</source>
        <translation>keine wtmpdb-Tabelle (wtmp fehlt oder ist keine einfache Tabelle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no wtmpdb table: %1</source>
        <translation>keine wtmpdb-Tabelle: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>only the first %n login(s) were read (row or time limit)</source>
        <translation>
            <numerusform>nur die erste Anmeldung wurde gelesen (Zeilen- oder Zeitgrenze)</numerusform>
            <numerusform>nur die ersten %n Anmeldungen wurden gelesen (Zeilen- oder Zeitgrenze)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n row(s) of an unknown type skipped</source>
        <translation>
            <numerusform>%n Zeile unbekannten Typs übersprungen</numerusform>
            <numerusform>%n Zeilen unbekannten Typs übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>initbench::BootPane</name>
    <message>
        <location filename="../widgets/bootpane.cpp" line="+15"/>
        <source>Nothing has run yet.</source>
        <translation>Bisher ist nichts gelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop the running build or boot: the command it runs is stopped and nothing more of it starts</source>
        <translation>Den laufenden Build oder Start anhalten: der Befehl, der gerade läuft, wird beendet, und nichts Weiteres davon beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running operation</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>starting...</source>
        <translation>wird begonnen...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>initbench::CatalogMatrixModel</name>
    <message>
        <location filename="../models/catalogmatrixmodel.cpp" line="+37"/>
        <source>supported</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initbench has a recipe for this combination</source>
        <translation>Initbench hat ein Rezept für diese Kombination</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Distro</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init</source>
        <translation>Init</translation>
    </message>
</context>
<context>
    <name>initbench::CommandResult</name>
    <message>
        <location filename="../core/process/commandresult.cpp" line="+23"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exited with status %1</source>
        <translation>mit Status %1 beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be started (is it installed?)</source>
        <translation>konnte nicht gestartet werden (ist es installiert?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out after %1</source>
        <translation>Zeitüberschreitung nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was cancelled</source>
        <translation>wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>initbench::ConsolePane</name>
    <message>
        <location filename="../widgets/consolepane.cpp" line="+24"/>
        <source>Choose a container in the Containers list to see its console.</source>
        <translation>Wählen Sie einen Container in der Container-Liste, um seine Konsole zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Find in the console</source>
        <translation>In der Konsole suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boot console</source>
        <translation>Boot-Konsole</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Console of %1 (%2)</source>
        <translation>Konsole von %1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
</context>
<context>
    <name>initbench::ContainerListModel</name>
    <message>
        <location filename="../models/containerlistmodel.cpp" line="+95"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>initbench::ContainerListPane</name>
    <message>
        <location filename="../widgets/containerlistpane.cpp" line="+49"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the selected stopped container and wait until it is ready</source>
        <translation>Den ausgewählten gestoppten Container starten und warten, bis er bereit ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the selected container with its init&apos;s signal and start it again</source>
        <translation>Den ausgewählten Container mit dem Signal seines Inits stoppen und wieder starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the selected container with its init&apos;s own stop signal</source>
        <translation>Den ausgewählten Container mit dem eigenen Stoppsignal seines Init-Systems anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kill</source>
        <translation>Abwürgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kill the selected container (SIGKILL) without asking its init</source>
        <translation>Den ausgewählten Container beenden (SIGKILL), ohne sein Init zu fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a terminal in the selected running container</source>
        <translation>Ein Terminal im ausgewählten laufenden Container öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile the selected container was made from as a new profile</source>
        <translation>Das Profil, aus dem der ausgewählte Container entstand, als neues Profil öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected stopped container (its image stays)</source>
        <translation>Den ausgewählten, angehaltenen Container entfernen (sein Image bleibt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected container&apos;s running operation (a build stops and keeps nothing)</source>
        <translation>Den laufenden Vorgang des gewählten Containers abbrechen (ein Build hält an und behält nichts)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daemon not running</source>
        <translation>Daemon läuft nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rootless setup incomplete</source>
        <translation>Rootless-Einrichtung unvollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engines: %1</source>
        <translation>Engines: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers again</source>
        <translation>%1 antwortet wieder</translation>
    </message>
</context>
<context>
    <name>initbench::FindingsPane</name>
    <message>
        <location filename="../widgets/findingspane.cpp" line="+23"/>
        <source>Choose a container in the Containers list to see what Initbench recognises in its console.</source>
        <translation>Wählen Sie einen Container in der Containerliste, um zu sehen, was Initbench in seiner Konsole erkennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How bad</source>
        <translation>Wie schlimm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What Initbench recognises in the console</source>
        <translation>Was Initbench in der Konsole erkennt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What Initbench recognises in the console of %1 (%2)</source>
        <translation>Was Initbench in der Konsole von %1 (%2) erkennt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The console cannot be read: %1</source>
        <translation>Die Konsole kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Nothing in its console matches a known problem (%n line(s) read).</source>
        <translation>
            <numerusform>Nichts in seiner Konsole passt zu einem bekannten Problem (%n Zeile gelesen).</numerusform>
            <numerusform>Nichts in seiner Konsole passt zu einem bekannten Problem (%n Zeilen gelesen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing that stops the boot or breaks a login: %n kind(s) of line that look wrong and are harmless here, and why.</source>
        <translation>
            <numerusform>Nichts, was den Start aufhält oder eine Anmeldung verhindert: %n Art von Zeile, die falsch aussieht und hier harmlos ist, und warum.</numerusform>
            <numerusform>Nichts, was den Start aufhält oder eine Anmeldung verhindert: %n Arten von Zeilen, die falsch aussehen und hier harmlos sind, und warum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s), the cause first. Choose one to see its line in the Console tab.</source>
        <translation>
            <numerusform>%n Problem, die Ursache zuerst. Wählen Sie es, um seine Zeile im Reiter Konsole zu sehen.</numerusform>
            <numerusform>%n Probleme, die Ursache zuerst. Wählen Sie eines, um seine Zeile im Reiter Konsole zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (and %2 more lines like it)</source>
        <translation>%1 (und %2 weitere Zeilen dieser Art)</translation>
    </message>
</context>
<context>
    <name>initbench::InspectPane</name>
    <message>
        <location filename="../widgets/inspectpane.cpp" line="+34"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>(no running container)</source>
        <translation>(kein laufender Container)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the running containers again and read the chosen one now</source>
        <translation>Laufende Container neu auflisten und den gewählten sofort auslesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the processes and logins are read (services and history every %1th time)</source>
        <translation>Wie oft Prozesse und Anmeldungen gelesen werden (Dienste und Verlauf bei jedem %1. Mal)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is gone: %2 no longer lists it. Showing its last reading.</source>
        <translation>%1 ist verschwunden: %2 listet ihn nicht mehr auf. Angezeigt wird der zuletzt gelesene Stand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has stopped (%2, exit status %3). Showing its last reading.</source>
        <translation>%1 läuft nicht mehr (%2, Exit-Status %3). Angezeigt wird der zuletzt gelesene Stand.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No running container made by Initbench. Build and boot one, then press Refresh.</source>
        <translation>Kein laufender Container von Initbench. Bauen und starten Sie einen und klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No container engine is set up in this window.</source>
        <translation>In diesem Fenster ist keine Container-Engine eingerichtet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the processes of %1: %2</source>
        <translation>Die Prozesse von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last refresh %1, took %2 ms</source>
        <translation>Letzte Aktualisierung %1, Dauer %2 ms</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>initbench::LoginPane</name>
    <message>
        <location filename="../widgets/loginpane.cpp" line="+50"/>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read from: %1</source>
        <translation>Gelesen aus: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from: %1 (%2)</source>
        <translation>Gelesen aus: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>initbench::LoginQuery</name>
    <message>
        <location filename="../core/inspect/loginquery.cpp" line="+28"/>
        <source>sessions opened with exec (docker/podman exec, nsenter) write no login record</source>
        <translation>mit exec geöffnete Sitzungen (docker/podman exec, nsenter) schreiben keinen Anmeldeeintrag</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>nobody is logged in over SSH or on a console; %1</source>
        <translation>niemand ist über SSH oder an einer Konsole angemeldet; %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no open login in wtmpdb; %1</source>
        <translation>keine offene Anmeldung in wtmpdb; %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: no %1</source>
        <translation>keine: kein %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a musl system keeps utmp through utmps: its utmpd must run under the init&apos;s supervisor and keeps /run/utmps/utmp (add the utmps service to the profile)</source>
        <translation>ein musl-System führt utmp über utmps: dessen utmpd muss unter dem Supervisor des Inits laufen und führt /run/utmps/utmp (fügen Sie dem Profil den Dienst utmps hinzu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing created /run/utmp at boot (an init without a utmp step, or Debian 13, where who asks logind)</source>
        <translation>nichts hat beim Booten /run/utmp angelegt (ein Init ohne utmp-Schritt, oder Debian 13, wo who logind fragt)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a readable wtmpdb database: %2</source>
        <translation>%1 ist keine lesbare wtmpdb-Datenbank: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none: no %1 or %2</source>
        <translation>keine: weder %1 noch %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a musl system appends to /var/log/wtmp through utmps&apos; wtmpd, which must run under the init&apos;s supervisor (add the utmps service to the profile)</source>
        <translation>ein musl-System schreibt /var/log/wtmp über wtmpd von utmps fort, der unter dem Supervisor des Inits laufen muss (fügen Sie dem Profil den Dienst utmps hinzu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing created /var/log/wtmp (the package that does, or the init&apos;s boot step, is missing)</source>
        <translation>nichts hat /var/log/wtmp angelegt (das Paket, das es tut, oder der Bootschritt des Inits fehlt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>runit writes no boot records</source>
        <translation>runit schreibt keine Booteinträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no boot record: the init wrote none at boot</source>
        <translation>kein Booteintrag: das Init hat beim Booten keinen geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no login yet; %1</source>
        <translation>noch keine Anmeldung; %1</translation>
    </message>
</context>
<context>
    <name>initbench::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="-351"/>
        <source>Initbench</source>
        <translation>Initbench</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has run yet.</source>
        <translation>Noch ist nichts gelaufen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New container...</source>
        <translation>Neuer Container...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open profile...</source>
        <translation>Profil öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Save profile as...</source>
        <translation>Profil speichern unter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write build context...</source>
        <translation>Build-Kontext schreiben …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Profiles (*.yaml *.yml)</source>
        <translation>Profile (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Profile not loaded</source>
        <translation>Profil nicht geladen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <location line="+182"/>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+182"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Write the build context into</source>
        <translation>Build-Kontext schreiben in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build context not written</source>
        <translation>Build-Kontext nicht geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build context written to %1</source>
        <translation>Build-Kontext nach %1 geschrieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No container engine is set up in this window</source>
        <translation>In diesem Fenster ist keine Container-Engine eingerichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build the image (or root tree), boot it and wait until it is ready</source>
        <translation>Image (oder Root-Verzeichnisbaum) bauen, starten und warten, bis es bereit ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Building and booting %1 on %2...</source>
        <translation>%1 wird auf %2 gebaut und gestartet …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>building and booting</source>
        <translation>wird gebaut und gestartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has an operation running: wait for it to end, or cancel it</source>
        <translation>Für %1 läuft schon ein Vorgang: warten Sie, bis er endet, oder brechen Sie ihn ab</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing has run for %1 in this window yet.</source>
        <translation>Für %1 ist in diesem Fenster noch nichts gelaufen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping %1...</source>
        <translation>%1 wird gestoppt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopping</source>
        <translation>wird gestoppt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove container</source>
        <translation>Container entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the container %1? Its files are lost; its image stays.</source>
        <translation>Container %1 entfernen? Seine Dateien gehen verloren; sein Image bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing %1...</source>
        <translation>%1 wird entfernt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removing</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting %1...</source>
        <translation>%1 wird gestartet...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restarting %1...</source>
        <translation>%1 wird neu gestartet...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restarting</source>
        <translation>wird neu gestartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kill container</source>
        <translation>Container abwürgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill %1 without asking its init to shut down? Its services get no chance to save their state.</source>
        <translation>%1 beenden, ohne sein Init um das Herunterfahren zu bitten? Seine Dienste können ihren Zustand dann nicht mehr sichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Killing %1...</source>
        <translation>%1 wird beendet...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>killing</source>
        <translation>wird beendet (SIGKILL)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot duplicate %1</source>
        <translation>%1 kann nicht dupliziert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a copy of the profile %2 was made from; it is not saved yet</source>
        <translation>%1 ist eine Kopie des Profils, aus dem %2 entstand; sie ist noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace profile</source>
        <translation>Profil ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A profile %1 exists already. Replace it?</source>
        <translation>Ein Profil %1 gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <location line="-379"/>
        <location line="+35"/>
        <source>Build and boot</source>
        <translation>Bauen und starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop the container with its init&apos;s own stop signal</source>
        <translation>Den Container mit dem eigenen Stoppsignal seines Init-Systems stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stopped container (its image stays)</source>
        <translation>Den gestoppten Container entfernen (sein Image bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open terminal</source>
        <translation>Terminal öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in to the booted container over SSH in the Terminal tab</source>
        <translation>Im Reiter „Terminal“ per SSH am gestarteten Container anmelden</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Profile is valid.</source>
        <translation>Das Profil ist gültig.</translation>
    </message>
</context>
<context>
    <name>initbench::NewContainerWizard</name>
    <message>
        <location filename="../widgets/newcontainerwizard.cpp" line="+31"/>
        <location line="+162"/>
        <source>%1 (not available: %2)</source>
        <translation>%1 (nicht verfügbar: %2)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>New container</source>
        <translation>Neuer Container</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and boot</source>
        <translation>Erstellen und booten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distributions</source>
        <translation>Distributionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Init systems</source>
        <translation>Init-Systeme</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>any free port</source>
        <translation>ein freier Port</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which distribution the container runs.</source>
        <translation>Welche Distribution im Container läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init system</source>
        <translation>Init-System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What runs as PID 1. Inits with no recipe for this distribution are shown with the reason.</source>
        <translation>Was als PID 1 läuft. Inits ohne Rezept für diese Distribution werden mit dem Grund gezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the init starts and supervises. OpenSSH gives the terminal and who/last a login to show.</source>
        <translation>Was das Init startet und überwacht. OpenSSH gibt dem Terminal und who/last eine Anmeldung zum Zeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH &amp;port (127.0.0.1)</source>
        <translation>SSH-&amp;Port (127.0.0.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine, name and port</source>
        <translation>Engine, Name und Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it runs, and what it is called.</source>
        <translation>Wo er läuft und wie er heißt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security summary:</source>
        <translation>Sicherheit im Überblick:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The files and commands Initbench will use, and what the container is given.</source>
        <translation>Die Dateien und Befehle, die Initbench verwendet, und was der Container bekommt.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 (not installed here)</source>
        <translation>%1 (hier nicht installiert)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>• SSH port: a free one, kept for %1 when it is made (%2 is free now)</source>
        <translation>• SSH-Port: ein freier, für %1 reserviert, wenn er erstellt wird (%2 ist jetzt frei)</translation>
    </message>
</context>
<context>
    <name>initbench::OverviewPane</name>
    <message>
        <location filename="../widgets/overviewpane.cpp" line="+66"/>
        <source>What it was given</source>
        <translation>Was er bekommen hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The commands that made and start it</source>
        <translation>Die Befehle, die ihn erstellt haben und starten</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not known: %1</source>
        <translation>Nicht bekannt: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No container chosen</source>
        <translation>Kein Container gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a container in the list below to see what it uses and what it was given.</source>
        <translation>Wählen Sie unten in der Liste einen Container, um zu sehen, was er verbraucht und was er bekommen hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, not listed now</source>
        <translation>%1, derzeit nicht gelistet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH on 127.0.0.1:%1</source>
        <translation>SSH auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init is host PID %1</source>
        <translation>Init ist Host-PID %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not known: %1.</source>
        <translation>Nicht bekannt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from %1.</source>
        <translation>Gelesen aus: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>measuring...</source>
        <translation>wird gemessen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 % of a core</source>
        <translation>%1 % eines Kerns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Usage, last 5 minutes</source>
        <translation>Verbrauch, letzte 5 Minuten</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes: %1</source>
        <translation>Prozesse: %1</translation>
    </message>
</context>
<context>
    <name>initbench::PasswordPrompt</name>
    <message>
        <location filename="../widgets/passwordprompt.cpp" line="+68"/>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server refused Initbench&apos;s key.
%1 (user %2)</source>
        <translation>Der Server hat den Schlüssel von Initbench abgelehnt.
%1 (Benutzer %2)</translation>
    </message>
</context>
<context>
    <name>initbench::ProcessPane</name>
    <message>
        <location filename="../widgets/processpane.cpp" line="+47"/>
        <source>Processes: not read yet.</source>
        <translation>Prozesse: noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Processes read from: %1</source>
        <translation>Prozesse gelesen aus: %1</translation>
    </message>
</context>
<context>
    <name>initbench::ProcessRoleProxy</name>
    <message>
        <location filename="../widgets/processroleproxy.cpp" line="+18"/>
        <source>[init]</source>
        <translation>[Init]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[supervisor]</source>
        <translation>[Supervisor]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[unit]</source>
        <translation>[Unit]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[unit %1]</source>
        <translation>[Unit %1]</translation>
    </message>
</context>
<context>
    <name>initbench::ProcessTreeModel</name>
    <message>
        <location filename="../models/processtreemodel.cpp" line="+206"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd unit: %1</source>
        <translation>systemd-Unit: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host PID</source>
        <translation>Host-PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>initbench::ProfileForm</name>
    <message>
        <location filename="../widgets/profileform.cpp" line="+33"/>
        <source>any free port</source>
        <translation>ein freier Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lowercase letters, digits and &apos;-&apos;</source>
        <translation>Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Distro</source>
        <translation>&amp;Distribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Init system</source>
        <translation>&amp;Init-System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Services</source>
        <translation>Dien&amp;ste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH &amp;port (127.0.0.1)</source>
        <translation>SSH-&amp;Port (127.0.0.1)</translation>
    </message>
</context>
<context>
    <name>initbench::RecipePreview</name>
    <message>
        <location filename="../widgets/recipepreview.cpp" line="+36"/>
        <source>Recipe for %1: %2 files, %3 commands.</source>
        <translation>Rezept für %1: %2 Dateien, %3 Befehle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This profile cannot be built yet:</source>
        <translation>Dieses Profil lässt sich noch nicht bauen:</translation>
    </message>
</context>
<context>
    <name>initbench::ServicesPane</name>
    <message>
        <location filename="../widgets/servicespane.cpp" line="+18"/>
        <source>Raw output</source>
        <translation>Rohausgabe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the init&apos;s status command printed, as it came</source>
        <translation>Was der Statusbefehl des Init-Systems ausgegeben hat, unverändert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Init: unknown</source>
        <translation>Init: unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Init: %1</source>
        <translation>Init: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runlevel: %1</source>
        <translation>Runlevel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked with: %1</source>
        <translation>abgefragt mit: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The init listed no services.</source>
        <translation>Das Init-System hat keine Dienste aufgelistet.</translation>
    </message>
</context>
<context>
    <name>initbench::TerminalPane</name>
    <message>
        <location filename="../widgets/terminalpane.cpp" line="+29"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No terminal session yet.
Once the container runs, open one with New session: SSH (a login, seen by who and last), an exec shell (no login record) or the console.</source>
        <translation>Noch keine Terminal-Sitzung.
Sobald der Container läuft, öffnen Sie eine mit „Neue Sitzung“: SSH (eine Anmeldung, sichtbar für who und last), eine Exec-Shell (kein Anmeldeeintrag) oder die Konsole.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the container</source>
        <translation>dem Container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH to %1 (default)</source>
        <translation>SSH zu %1 (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in over SSH with Initbench&apos;s key: a real login, recorded in utmp and wtmp</source>
        <translation>Per SSH mit dem Schlüssel von Initbench anmelden: eine echte Anmeldung, in utmp und wtmp verzeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exec shell in %1 (writes no login record)</source>
        <translation>Exec-Shell in %1 (schreibt keinen Anmeldeeintrag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shell started by the engine (%1 exec): no login, so who and last do not see it</source>
        <translation>Eine von der Engine gestartete Shell (%1 exec): keine Anmeldung, daher sehen who und last sie nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Console of %1</source>
        <translation>Konsole von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The container&apos;s console (%1 attach): log in at its getty; a login, recorded in utmp and wtmp</source>
        <translation>Die Konsole des Containers (%1 attach): am getty anmelden; eine Anmeldung, in utmp und wtmp verzeichnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a terminal session into %1</source>
        <translation>Eine Terminal-Sitzung in %1 öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No container engine is set up in this window</source>
        <translation>In diesem Fenster ist keine Container-Engine eingerichtet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No container to open a terminal into</source>
        <translation>Kein Container, in dem ein Terminal geöffnet werden kann</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session &quot;%1&quot; is still running. End it?</source>
        <translation>Die Sitzung „%1“ läuft noch. Beenden?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
</context>
<context>
    <name>initbench::TerminalSearchBar</name>
    <message>
        <location filename="../widgets/terminalsearchbar.cpp" line="+15"/>
        <source>Find in scrollback</source>
        <translation>Im Verlauf suchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>initbench::TerminalSession</name>
    <message>
        <location filename="../core/terminal/terminalsession.cpp" line="+33"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec shell</source>
        <translation>Exec-Shell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>initbench::TerminalSessionPage</name>
    <message>
        <location filename="../widgets/terminalsessionpage.cpp" line="+27"/>
        <source>a login: recorded in utmp and wtmp, seen by who and last</source>
        <translation>eine Anmeldung: in utmp und wtmp verzeichnet, sichtbar für who und last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes no login record: not seen by who or last</source>
        <translation>schreibt keinen Anmeldeeintrag: für who und last unsichtbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connecting...</source>
        <translation>wird verbunden …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH to %1</source>
        <translation>SSH zu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exec shell in %1</source>
        <translation>Exec-Shell in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Console of %1</source>
        <translation>Konsole von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>initbench::TerminalView</name>
    <message>
        <location filename="../widgets/terminalview.cpp" line="+28"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/terminalviewpaint.cpp" line="+40"/>
        <source>Disconnected. Press Enter or the button to reconnect.</source>
        <translation>Verbindung getrennt. Drücken Sie die Eingabetaste oder die Schaltfläche, um neu zu verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected: %1. Press Enter or the button to reconnect.</source>
        <translation>Verbindung getrennt: %1. Drücken Sie die Eingabetaste oder die Schaltfläche, um neu zu verbinden.</translation>
    </message>
</context>
<context>
    <name>initbench::UtmpFormat</name>
    <message numerus="yes">
        <location filename="../core/inspect/utmpproblems.cpp" line="+36"/>
        <source>skipped %n implausible record(s), the first at byte %1</source>
        <translation>
            <numerusform>%n unplausiblen Eintrag übersprungen, den ersten bei Byte %1</numerusform>
            <numerusform>%n unplausible Einträge übersprungen, den ersten bei Byte %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>skipped %n record(s) of unknown type, the first (type %1) at byte %2</source>
        <translation>
            <numerusform>%n Eintrag unbekannten Typs übersprungen, den ersten (Typ %1) bei Byte %2</numerusform>
            <numerusform>%n Einträge unbekannten Typs übersprungen, den ersten (Typ %1) bei Byte %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>ignored a partial record of %n byte(s) at the end (truncated file?)</source>
        <translation>
            <numerusform>einen unvollständigen Eintrag von %n Byte am Ende ignoriert (abgeschnittene Datei?)</numerusform>
            <numerusform>einen unvollständigen Eintrag von %n Bytes am Ende ignoriert (abgeschnittene Datei?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n byte(s) in neither utmp layout (glibc 384 bytes, utmps 400 bytes)</source>
        <translation>
            <numerusform>%n Byte in keinem der utmp-Layouts (glibc 384 Bytes, utmps 400 Bytes)</numerusform>
            <numerusform>%n Bytes in keinem der utmp-Layouts (glibc 384 Bytes, utmps 400 Bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>initbench::UtmpLayout</name>
    <message>
        <location filename="../core/inspect/utmplayout.cpp" line="+129"/>
        <source>glibc x86_64 struct utmp (384 bytes)</source>
        <translation>glibc x86_64 struct utmp (384 Bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utmps struct utmpx, 64-bit musl (400 bytes)</source>
        <translation>utmps struct utmpx, 64-Bit-musl (400 Bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown layout</source>
        <translation>unbekanntes Layout</translation>
    </message>
</context>
</TS>
