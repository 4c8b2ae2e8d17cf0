<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>initbench::MainWindow</name>
    <message><source>Initbench</source><translation>Initbench</translation></message>
    <message><source>Recipe</source><translation>Rezept</translation></message>
    <message><source>Catalog</source><translation>Katalog</translation></message>
    <message><source>Profile</source><translation>Profil</translation></message>
    <message><source>Open profile...</source><translation>Profil öffnen …</translation></message>
    <message><source>Save profile</source><translation>Profil speichern</translation></message>
    <message><source>Save profile as...</source><translation>Profil speichern unter …</translation></message>
    <message><source>Write build context...</source><translation>Build-Kontext schreiben …</translation></message>
    <message><source>Build and boot</source><translation>Bauen und starten</translation></message>
    <message><source>Profile is valid.</source><translation>Das Profil ist gültig.</translation></message>
</context>
<context>
    <name>initbench::ProfileForm</name>
    <message><source>&amp;Name</source><translation>&amp;Name</translation></message>
    <message><source>&amp;Distro</source><translation>&amp;Distribution</translation></message>
    <message><source>&amp;Init system</source><translation>&amp;Init-System</translation></message>
    <message><source>&amp;Engine</source><translation>&amp;Engine</translation></message>
    <message><source>&amp;Services</source><translation>&amp;Dienste</translation></message>
    <message><source>SSH &amp;port (127.0.0.1)</source><translation>SSH-&amp;Port (127.0.0.1)</translation></message>
</context>
<context>
    <name>initbench::RecipePreview</name>
    <message><source>Commands</source><translation>Befehle</translation></message>
    <message><source>This profile cannot be built yet:</source><translation>Dieses Profil lässt sich noch nicht bauen:</translation></message>
</context>
</TS>
