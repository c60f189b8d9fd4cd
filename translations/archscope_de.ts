<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Answers</name>
        <message>
            <source>unknown question '%1'</source>
            <translation>unbekannte Frage „%1“</translation>
        </message>
        <message>
            <source>unknown answer '%1' for question '%2' (expected one of: %3)</source>
            <translation>unbekannte Antwort „%1“ auf Frage „%2“ (erwartet: eine von %3)</translation>
        </message>
        <message>
            <source>the answer to '%1' must be a string</source>
            <translation>die Antwort auf „%1“ muss eine Zeichenkette sein</translation>
        </message>
    </context>
    <context>
        <name>ArchscopeFormat</name>
        <message>
            <source>required but missing</source>
            <translation>erforderlich, fehlt aber</translation>
        </message>
        <message>
            <source>expected a string</source>
            <translation>Zeichenkette erwartet</translation>
        </message>
        <message>
            <source>text longer than %1 characters</source>
            <translation>Text länger als %1 Zeichen</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>Zahl erwartet</translation>
        </message>
        <message>
            <source>the number is not finite</source>
            <translation>die Zahl ist nicht endlich</translation>
        </message>
        <message>
            <source>expected a whole number %1..%2</source>
            <translation>ganze Zahl %1..%2 erwartet</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>Objekt erwartet</translation>
        </message>
        <message>
            <source>unknown kind '%1'</source>
            <translation>unbekannte Art „%1“</translation>
        </message>
        <message>
            <source>a coordinate must lie within ±%1</source>
            <translation>eine Koordinate muss innerhalb von ±%1 liegen</translation>
        </message>
        <message>
            <source>expected one of trigger, write, failure, not '%1'</source>
            <translation>erwartet: trigger, write oder failure, nicht „%1“</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>true oder false erwartet</translation>
        </message>
        <message>
            <source>expected "2023" or "legacy"</source>
            <translation>„2023“ oder „legacy“ erwartet</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>Liste erwartet</translation>
        </message>
        <message>
            <source>more than %1 entries</source>
            <translation>mehr als %1 Einträge</translation>
        </message>
        <message>
            <source>duplicate id '%1'</source>
            <translation>doppelte ID „%1“</translation>
        </message>
        <message>
            <source>no node has the id '%1'</source>
            <translation>kein Knoten hat die ID „%1“</translation>
        </message>
        <message>
            <source>the file is larger than %1 MB</source>
            <translation>die Datei ist größer als %1 MB</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>nested more than %1 levels deep</source>
            <translation>mehr als %1 Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <source>not valid JSON at line %1, column %2: %3</source>
            <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>expected "%1": this is not an Archscope file</source>
            <translation>„%1“ erwartet: Dies ist keine Archscope-Datei</translation>
        </message>
        <message>
            <source>the file has format version %1, written by a newer Archscope; this version reads up to version %2. Update Archscope to open it.</source>
            <translation>die Datei hat Formatversion %1 und wurde von einer neueren Archscope-Version geschrieben; diese Version liest bis Version %2. Aktualisieren Sie Archscope, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>unsupported format version %1</source>
            <translation>nicht unterstützte Formatversion %1</translation>
        </message>
        <message>
            <source>unreadable file: %1</source>
            <translation>unlesbare Datei: %1</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>a wire from %1 to %2 can be “%3” or “%4”: give its kind</source>
            <translation>eine Verbindung von %1 zu %2 kann „%3“ oder „%4“ sein: geben Sie ihre Art an</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 wire</source>
            <translation>&lt;b&gt;%1 → %2&lt;/b&gt;: Verbindung (%3)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 → %2&lt;/b&gt;: refused</source>
            <translation>&lt;b&gt;%1 → %2&lt;/b&gt;: abgelehnt</translation>
        </message>
        <message>
            <source>&lt;b&gt;Drag to wire %1 to…&lt;/b&gt;&lt;br/&gt;%2</source>
            <translation>&lt;b&gt;Ziehen, um %1 zu verbinden mit…&lt;/b&gt;&lt;br/&gt;%2</translation>
        </message>
        <message>
            <source>&lt;b&gt;What can trigger %1&lt;/b&gt;&lt;br/&gt;%2</source>
            <translation>&lt;b&gt;Was %1 auslösen kann&lt;/b&gt;&lt;br/&gt;%2</translation>
        </message>
        <message>
            <source>%1/s</source>
            <comment>events per second on a wire</comment>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Fehler:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Warnung:</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>a number %1..%2</source>
            <translation>eine Zahl %1..%2</translation>
        </message>
        <message>
            <source>a whole number %1..%2</source>
            <translation>eine ganze Zahl %1..%2</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>one of %1</source>
            <translation>eines von %1</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>eine Zeichenkette</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>a list of [time, rate] pairs</source>
            <translation>eine Liste von [Zeit, Rate]-Paaren</translation>
        </message>
        <message>
            <source>expected %1</source>
            <translation>%1 erwartet</translation>
        </message>
        <message>
            <source>each point needs a time of at least 0 and a rate %1..%2</source>
            <translation>jeder Punkt braucht eine Zeit von mindestens 0 und eine Rate %1..%2</translation>
        </message>
        <message>
            <source>%1 is outside %2..%3%4</source>
            <translation>%1 liegt außerhalb von %2..%3%4</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>  archscope validate FILE          print the diagram's problems; exit 1 if any is an error</source>
            <translation>  archscope validate FILE          Probleme des Diagramms ausgeben; Exit-Code 1 bei Fehlern</translation>
        </message>
        <message>
            <source>Usage:
  archscope [FILE]                 open the editor (on FILE if given)
</source>
            <translation>Aufruf:
  archscope [FILE]                 Editor öffnen (mit FILE, falls angegeben)
</translation>
        </message>
        <message>
            <source>  archscope --help                 show this help
  archscope --version              show the version

Editor options:
  --screenshot PNG                 save a picture of the window and quit
  --theme light|dark               colour scheme for this run
  --select ID                      select a node (for screenshots)
</source>
            <translation>  archscope --help                 diese Hilfe anzeigen
  archscope --version              Version anzeigen

Editor-Optionen:
  --screenshot PNG                 Bild des Fensters speichern und beenden
  --theme light|dark               Farbschema für diesen Lauf
  --select ID                      Knoten auswählen (für Screenshots)
</translation>
        </message>
        <message>
            <source>unknown command '%1'</source>
            <translation>unbekannter Befehl „%1“</translation>
        </message>
        <message>
            <source>usage: archscope validate FILE</source>
            <translation>Aufruf: archscope validate FILE</translation>
        </message>
        <message>
            <source>%1: cannot be loaded: %2</source>
            <translation>%1: kann nicht geladen werden: %2</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>%1: no problems</source>
            <translation>%1: keine Probleme</translation>
        </message>
        <message>
            <source>  archscope export FILE --format FMT -o OUT [--scale 1|2|4] [--transparent] [--page-size A4|Letter|A3] [--author NAME] [--no-simulation]
                                   png|svg|pdf|drawio|mermaid|dot|sam|csv|md|html; OUT - is stdout</source>
            <translation>  archscope export FILE --format FMT -o OUT [--scale 1|2|4] [--transparent] [--page-size A4|Letter|A3] [--author NAME] [--no-simulation]
                                   png|svg|pdf|drawio|mermaid|dot|sam|csv|md|html; OUT - ist stdout</translation>
        </message>
        <message>
            <source>  archscope recommend [--answer QUESTION=ANSWER ...] [--answers FILE.json] [--json]
                                   rank EC2, ECS on EC2, Fargate, EKS and Lambda for the answers</source>
            <translation>  archscope recommend [--answer QUESTION=ANSWER ...] [--answers FILE.json] [--json]
                                   EC2, ECS on EC2, Fargate, EKS und Lambda nach den Antworten bewerten</translation>
        </message>
        <message>
            <source>  archscope questions [--json]     the questionnaire's questions and answer ids</source>
            <translation>  archscope questions [--json]     Fragen des Fragebogens und Antwort-IDs</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON: %2</source>
            <translation>%1: kein gültiges JSON: %2</translation>
        </message>
        <message>
            <source>%1: expected a JSON object of question → answer</source>
            <translation>%1: JSON-Objekt Frage → Antwort erwartet</translation>
        </message>
        <message>
            <source>Recommendation (%1 of %2 questions answered)</source>
            <translation>Empfehlung (%1 von %2 Fragen beantwortet)</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>ausgeschlossen</translation>
        </message>
        <message>
            <source>fit %1</source>
            <translation>Eignung %1</translation>
        </message>
        <message>
            <source>(no answer speaks for or against it yet)</source>
            <translation>(noch spricht keine Antwort dafür oder dagegen)</translation>
        </message>
        <message>
            <source>What would change the answer:</source>
            <translation>Was die Antwort ändern würde:</translation>
        </message>
        <message>
            <source>no change of one or two answers puts the runner-up first</source>
            <translation>keine Änderung von ein oder zwei Antworten bringt die zweitplatzierte Option nach vorn</translation>
        </message>
        <message>
            <source>usage: archscope questions [--json]</source>
            <translation>Aufruf: archscope questions [--json]</translation>
        </message>
        <message>
            <source>usage: archscope recommend [--answer QUESTION=ANSWER ...] [--answers FILE.json] [--json]</source>
            <translation>Aufruf: archscope recommend [--answer QUESTION=ANSWER ...] [--answers FILE.json] [--json]</translation>
        </message>
        <message>
            <source>--answer expects QUESTION=ANSWER, not '%1'</source>
            <translation>--answer erwartet QUESTION=ANSWER, nicht „%1“</translation>
        </message>
        <message>
            <source>unknown argument '%1'</source>
            <translation>unbekanntes Argument „%1“</translation>
        </message>
        <message>
            <source>usage: archscope export FILE --format FMT -o OUT [--scale 1|2|4] [--transparent]
                         [--page-size A4|Letter|A3] [--author NAME] [--no-simulation]
  FMT is one of %1; OUT may be - for standard output.</source>
            <translation>Aufruf: archscope export FILE --format FMT -o OUT [--scale 1|2|4] [--transparent]
                         [--page-size A4|Letter|A3] [--author NAME] [--no-simulation]
  FMT ist eines von %1; OUT kann - für die Standardausgabe sein.</translation>
        </message>
        <message>
            <source>%1 needs a value</source>
            <translation>%1 braucht einen Wert</translation>
        </message>
        <message>
            <source>--scale takes 1, 2 or 4</source>
            <translation>--scale akzeptiert 1, 2 oder 4</translation>
        </message>
        <message>
            <source>--page-size takes A4, Letter or A3</source>
            <translation>--page-size akzeptiert A4, Letter oder A3</translation>
        </message>
        <message>
            <source>--author needs a value</source>
            <translation>--author braucht einen Wert</translation>
        </message>
        <message>
            <source>unknown option '%1'</source>
            <translation>unbekannte Option „%1“</translation>
        </message>
        <message>
            <source>more than one input file</source>
            <translation>mehr als eine Eingabedatei</translation>
        </message>
        <message>
            <source>FILE, --format and -o are required</source>
            <translation>FILE, --format und -o sind erforderlich</translation>
        </message>
        <message>
            <source>unknown format '%1'</source>
            <translation>unbekanntes Format „%1“</translation>
        </message>
        <message>
            <source>cannot write to standard output</source>
            <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Simulated %1 s in steps of %2 s; prices: us-east-1 list prices as of %3</source>
            <translation>%1 s in Schritten von %2 s simuliert; Preise: us-east-1-Listenpreise, Stand %3</translation>
        </message>
        <message>
            <source>cannot write to standard output: %1</source>
            <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>%1: the file is larger than %2 MB, the most an answers file may be</source>
            <translation>%1: die Datei ist größer als %2 MB, die Höchstgröße einer Antwortdatei</translation>
        </message>
        <message>
            <source>%1: the diagram has no decision section (its questionnaire was never answered)</source>
            <translation>%1: das Diagramm hat keinen Entscheidungsabschnitt (sein Fragebogen wurde nie beantwortet)</translation>
        </message>
        <message>
            <source>%1: cannot be simulated: %2</source>
            <translation>%1: kann nicht simuliert werden: %2</translation>
        </message>
        <message>
            <source>--horizon '%1': expected a duration from %2h to %3d (a number with s, m, h or d)</source>
            <translation>--horizon „%1“: Dauer von %2h bis %3d erwartet (eine Zahl mit s, m, h oder d)</translation>
        </message>
        <message>
            <source>--step '%1': expected a duration from %2s to %3h (a number with s, m, h or d)</source>
            <translation>--step „%1“: Dauer von %2s bis %3h erwartet (eine Zahl mit s, m, h oder d)</translation>
        </message>
        <message>
            <source>--seed '%1': expected a whole number from 0 to %2</source>
            <translation>--seed „%1“: ganze Zahl von 0 bis %2 erwartet</translation>
        </message>
        <message>
            <source>  %1 (%2): %3 invocations, %4 throttled, peak concurrency %5, %6</source>
            <translation>  %1 (%2): %3 Aufrufe, %4 gedrosselt, Spitzenparallelität %5, %6</translation>
        </message>
        <message>
            <source>Total: %1; per 30-day month: %2</source>
            <translation>Gesamt: %1; pro 30-Tage-Monat: %2</translation>
        </message>
        <message>
            <source>  archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] [--exact [--window FROM..TO]] [--json] [--csv OUT]
                                   simulate load and cost; print the summary (JSON with --json);
                                   --exact also runs every request of the busiest hour (or FROM..TO, e.g. 2h..3h)
                                   and shows both engines side by side</source>
            <translation>  archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] [--exact [--window FROM..TO]] [--json] [--csv OUT]
                                   Last und Kosten simulieren; Zusammenfassung ausgeben (JSON mit --json);
                                   --exact simuliert außerdem jede Anfrage der verkehrsreichsten Stunde (oder FROM..TO, z. B. 2h..3h)
                                   und zeigt beide Verfahren nebeneinander</translation>
        </message>
        <message>
            <source>Exact run of %1 s .. %2 s (seed %3, %4 events after a %5 s warm-up); each cell: fast model / exact</source>
            <translation>Exakter Lauf von %1 s .. %2 s (Seed %3, %4 Ereignisse nach %5 s Vorlauf); jede Zelle: schnelles Modell / exakt</translation>
        </message>
        <message>
            <source>node</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>arrivals</source>
            <translation>Eingänge</translation>
        </message>
        <message>
            <source>throttled %</source>
            <translation>gedrosselt %</translation>
        </message>
        <message>
            <source>peak concurrency</source>
            <translation>max. Parallelität</translation>
        </message>
        <message>
            <source>cold starts</source>
            <translation>Kaltstarts</translation>
        </message>
        <message>
            <source>peak backlog</source>
            <translation>max. Rückstau</translation>
        </message>
        <message>
            <source>wait p99 ms</source>
            <translation>Wartezeit p99 ms</translation>
        </message>
        <message>
            <source>latency p50/p99 ms</source>
            <translation>Latenz p50/p99 ms</translation>
        </message>
        <message>
            <source>usage: archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] [--exact [--window FROM..TO]] [--json] [--csv OUT]</source>
            <translation>Aufruf: archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] [--exact [--window FROM..TO]] [--json] [--csv OUT]</translation>
        </message>
        <message>
            <source>--window needs --exact</source>
            <translation>--window braucht --exact</translation>
        </message>
        <message>
            <source>--window '%1': expected FROM..TO, two durations such as 2h..3h or 7200..10800 (a number with s, m, h or d)</source>
            <translation>--window '%1': erwartet FROM..TO, zwei Dauern wie 2h..3h oder 7200..10800 (eine Zahl mit s, m, h oder d)</translation>
        </message>
        <message>
            <source>  archscope import FILE -o OUT.archscope [--json]
                                   a SAM / CloudFormation template (YAML or JSON) or a Terraform
                                   plan or state (terraform show -json) as a diagram, laid out;
                                   prints what was mapped, external and ignored (JSON with --json);
                                   exit 1 when nothing maps onto a simulated service</source>
            <translation>  archscope import FILE -o OUT.archscope [--json]
                                   eine SAM-/CloudFormation-Vorlage (YAML oder JSON) oder einen Terraform-
                                   Plan oder -Zustand (terraform show -json) als angeordnetes Diagramm;
                                   gibt aus, was zugeordnet, extern und übergangen ist (JSON mit --json);
                                   Exit-Code 1, wenn nichts einem simulierten Dienst zugeordnet wird</translation>
        </message>
        <message>
            <source>usage: archscope import FILE -o OUT.archscope [--json]</source>
            <translation>Aufruf: archscope import FILE -o OUT.archscope [--json]</translation>
        </message>
        <message>
            <source>FILE and -o are required</source>
            <translation>FILE und -o sind erforderlich</translation>
        </message>
        <message>
            <source>%1: cannot be imported: %2</source>
            <translation>%1: kann nicht importiert werden: %2</translation>
        </message>
        <message>
            <source>written to %1</source>
            <translation>geschrieben nach %1</translation>
        </message>
        <message>
            <source>%1: nothing could be mapped onto a service Archscope simulates</source>
            <translation>%1: nichts ließ sich einem Dienst zuordnen, den Archscope simuliert</translation>
        </message>
        <message>
            <source>Wait percentiles come only from the exact engine; the fast model's latency is over its whole run, not only the window.</source>
            <translation>Wartezeit-Perzentile liefert nur die exakte Engine; die Latenz des schnellen Modells gilt für seinen ganzen Lauf, nicht nur für das Fenster.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Change %1</source>
            <translation>%1 ändern</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n items</source>
            <translation>
                <numerusform>%n Element löschen</numerusform>
                <numerusform>%n Elemente löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>%1 hinzufügen</translation>
        </message>
        <message>
            <source>Both ends of a wire must be services on the canvas.</source>
            <translation>Beide Enden einer Verbindung müssen Dienste auf der Zeichenfläche sein.</translation>
        </message>
        <message>
            <source>Add wire</source>
            <translation>Verbindung hinzufügen</translation>
        </message>
        <message>
            <source>Delete wire</source>
            <translation>Verbindung löschen</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>%1 löschen</translation>
        </message>
        <message>
            <source>The clipboard holds no services.</source>
            <translation>Die Zwischenablage enthält keine Dienste.</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Einfügen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Change wire kind</source>
            <translation>Verbindungsart ändern</translation>
        </message>
        <message>
            <source>Change settings</source>
            <translation>Einstellungen ändern</translation>
        </message>
        <message>
            <source>Change title</source>
            <translation>Titel ändern</translation>
        </message>
        <message>
            <source>Skip question</source>
            <translation>Frage überspringen</translation>
        </message>
        <message>
            <source>Answer question</source>
            <translation>Frage beantworten</translation>
        </message>
        <message>
            <source>Add recommended %1</source>
            <translation>Empfohlene Option %1 hinzufügen</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>%1 importieren</translation>
        </message>
        <message>
            <source>Set traffic</source>
            <translation>Verkehr festlegen</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <comment>a wire by its two ends</comment>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Reset %1 of %2</source>
            <comment>a property of a service</comment>
            <translation>%1 von %2 zurücksetzen</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <comment>a property of a service</comment>
            <translation>%1 von %2 ändern</translation>
        </message>
    </context>
    <context>
        <name>DecisionExport</name>
        <message>
            <source>Compute choice</source>
            <translation>Compute-Wahl</translation>
        </message>
        <message>
            <source>Questionnaire answers</source>
            <translation>Antworten des Fragebogens</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Rangfolge</translation>
        </message>
        <message>
            <source>Excluded: %1</source>
            <translation>Ausgeschlossen: %1</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>ausgeschlossen</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <source>Fit /100</source>
            <translation>Eignung /100</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Gründe</translation>
        </message>
        <message>
            <source>Chosen for the diagram: %1.</source>
            <translation>Für das Diagramm gewählt: %1.</translation>
        </message>
        <message>
            <source>What would change the answer</source>
            <translation>Was die Antwort ändern würde</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>the export was cancelled; nothing was written</source>
            <translation>der Export wurde abgebrochen; nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>the PDF report came out empty</source>
            <translation>der PDF-Bericht ist leer</translation>
        </message>
        <message>
            <source>could not start the SVG</source>
            <translation>das SVG konnte nicht begonnen werden</translation>
        </message>
        <message>
            <source>the scale must be between 0.25 and 8 (PNG offers 1, 2 and 4)</source>
            <translation>die Skalierung muss zwischen 0,25 und 8 liegen (PNG bietet 1, 2 und 4)</translation>
        </message>
        <message>
            <source>not enough memory for a %1 × %2 picture</source>
            <translation>nicht genug Speicher für ein Bild mit %1 × %2 Pixeln</translation>
        </message>
        <message>
            <source>could not encode the PNG</source>
            <translation>das PNG konnte nicht kodiert werden</translation>
        </message>
        <message>
            <source>could not start the PDF</source>
            <translation>das PDF konnte nicht begonnen werden</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG-Bild</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>SVG-Zeichnung</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG-Zeichnungen (*.svg)</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF-Dokument</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>draw.io diagram</source>
            <translation>draw.io-Diagramm</translation>
        </message>
        <message>
            <source>draw.io diagrams (*.drawio)</source>
            <translation>draw.io-Diagramme (*.drawio)</translation>
        </message>
        <message>
            <source>Mermaid flowchart</source>
            <translation>Mermaid-Flussdiagramm</translation>
        </message>
        <message>
            <source>Mermaid files (*.mmd *.md)</source>
            <translation>Mermaid-Dateien (*.mmd *.md)</translation>
        </message>
        <message>
            <source>Graphviz DOT</source>
            <translation>Graphviz DOT</translation>
        </message>
        <message>
            <source>Graphviz files (*.dot *.gv)</source>
            <translation>Graphviz-Dateien (*.dot *.gv)</translation>
        </message>
        <message>
            <source>AWS SAM template</source>
            <translation>AWS SAM-Vorlage</translation>
        </message>
        <message>
            <source>SAM templates (*.yaml *.yml)</source>
            <translation>SAM-Vorlagen (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Simulated series (CSV)</source>
            <translation>Simulierte Reihen (CSV)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Review report (Markdown)</source>
            <translation>Review-Bericht (Markdown)</translation>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>Markdown-Dateien (*.md)</translation>
        </message>
        <message>
            <source>Review report (HTML)</source>
            <translation>Review-Bericht (HTML)</translation>
        </message>
        <message>
            <source>HTML files (*.html *.htm)</source>
            <translation>HTML-Dateien (*.html *.htm)</translation>
        </message>
        <message>
            <source>Review report (PDF)</source>
            <translation>Review-Bericht (PDF)</translation>
        </message>
        <message>
            <source>unknown export format '%1' (choose one of %2)</source>
            <translation>unbekanntes Exportformat „%1“ (wählen Sie eines von %2)</translation>
        </message>
    </context>
    <context>
        <name>FileWriter</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>no output file given</source>
            <translation>keine Ausgabedatei angegeben</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>es ist ein Ordner</translation>
        </message>
        <message>
            <source>it is neither a regular file, a character device nor a pipe</source>
            <translation>es ist weder eine gewöhnliche Datei noch ein zeichenorientiertes Gerät noch eine Pipe</translation>
        </message>
        <message>
            <source>%1 is the diagram being exported; writing there would replace it, so choose another output file</source>
            <translation>%1 ist das Diagramm, das exportiert wird; dorthin zu schreiben würde es ersetzen – wählen Sie eine andere Ausgabedatei</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Getting started guide</source>
            <translation>Einführung</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Getting started with Archscope&lt;/h2&gt;&lt;p&gt;Archscope helps you decide where code should run on AWS and sketch how events reach it.&lt;/p&gt;&lt;h3&gt;1. Sketch the architecture&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open &lt;b&gt;File → Examples&lt;/b&gt; to see five real designs, or start from an empty canvas.&lt;/li&gt;&lt;li&gt;Drag services from the &lt;b&gt;Services&lt;/b&gt; dock (or double-click them). Type in its search field to filter.&lt;/li&gt;&lt;li&gt;Wire two services by dragging from the right-hand port of one to the other. Services that would accept the wire light up green; one that would not tells you why, and what to do instead.&lt;/li&gt;&lt;li&gt;Each wire shows how its target is invoked: &lt;i&gt;sync&lt;/i&gt; (the caller waits), &lt;i&gt;async&lt;/i&gt; (queued, retried), &lt;i&gt;stream&lt;/i&gt; (polled per shard), &lt;i&gt;queue&lt;/i&gt; (polled in batches), &lt;i&gt;write&lt;/i&gt; and &lt;i&gt;on failure&lt;/i&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;2. Let every service explain itself&lt;/h3&gt;&lt;p&gt;Select a service: the &lt;b&gt;Inspector&lt;/b&gt; edits its settings, with units and valid ranges, and its &lt;b&gt;Learn&lt;/b&gt; text teaches what it is, its limits, its prices and what it can be wired to. Hover a port for the whole wiring table.&lt;/p&gt;&lt;h3&gt;3. Fix what the Problems dock finds&lt;/h3&gt;&lt;p&gt;Refused wires, values out of range, compute that nothing triggers, reserved concurrency that starves other functions, asynchronous functions without a failure destination. Click a problem to select its culprit.&lt;/p&gt;&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;p&gt;Tab walks through the services, Enter opens the inspector, Ctrl+E wires the selected service to the next one you pick, F2 renames, arrows nudge, F11 presents the diagram full screen for a workshop. &lt;b&gt;Help → Keyboard Shortcuts&lt;/b&gt; lists them all.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Erste Schritte mit Archscope&lt;/h2&gt;&lt;p&gt;Archscope hilft Ihnen zu entscheiden, wo Code auf AWS laufen soll, und zu skizzieren, wie Ereignisse ihn erreichen.&lt;/p&gt;&lt;h3&gt;1. Architektur skizzieren&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie &lt;b&gt;Datei → Beispiele&lt;/b&gt;, um fünf reale Entwürfe zu sehen, oder beginnen Sie mit einer leeren Zeichenfläche.&lt;/li&gt;&lt;li&gt;Ziehen Sie Dienste aus dem Bereich &lt;b&gt;Dienste&lt;/b&gt; (oder doppelklicken Sie darauf). Tippen Sie in das Suchfeld, um zu filtern.&lt;/li&gt;&lt;li&gt;Verbinden Sie zwei Dienste, indem Sie vom rechten Anschluss des einen zum anderen ziehen. Dienste, die die Verbindung annehmen würden, leuchten grün; ein Dienst, der sie ablehnen würde, sagt Ihnen, warum und was Sie stattdessen tun können.&lt;/li&gt;&lt;li&gt;Jede Verbindung zeigt, wie ihr Ziel aufgerufen wird: &lt;i&gt;synchron&lt;/i&gt; (der Aufrufer wartet), &lt;i&gt;asynchron&lt;/i&gt; (in Warteschlange, mit Wiederholungen), &lt;i&gt;Stream&lt;/i&gt; (pro Shard abgefragt), &lt;i&gt;Warteschlange&lt;/i&gt; (stapelweise abgefragt), &lt;i&gt;Schreiben&lt;/i&gt; und &lt;i&gt;bei Fehler&lt;/i&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;2. Jeder Dienst erklärt sich selbst&lt;/h3&gt;&lt;p&gt;Wählen Sie einen Dienst aus: Der &lt;b&gt;Inspektor&lt;/b&gt; bearbeitet seine Einstellungen mit Einheiten und gültigen Bereichen, und sein Text unter &lt;b&gt;Erklärung&lt;/b&gt; zeigt, was er ist, welche Grenzen und Preise er hat und womit er verbunden werden kann. Zeigen Sie auf einen Anschluss, um die ganze Verbindungstabelle zu sehen.&lt;/p&gt;&lt;h3&gt;3. Beheben, was der Bereich „Probleme“ findet&lt;/h3&gt;&lt;p&gt;Abgelehnte Verbindungen, Werte außerhalb des Bereichs, Compute, das nichts auslöst, reservierte Parallelität, die anderen Funktionen fehlt, asynchrone Funktionen ohne Fehlerziel. Klicken Sie auf ein Problem, um den Verursacher auszuwählen.&lt;/p&gt;&lt;h3&gt;Tastatur&lt;/h3&gt;&lt;p&gt;Tab wechselt zwischen den Diensten, Enter öffnet den Inspektor, Strg+E verbindet den ausgewählten Dienst mit dem nächsten, den Sie wählen, F2 benennt um, Pfeiltasten verschieben, F11 zeigt das Diagramm für einen Workshop im Vollbild. &lt;b&gt;Hilfe → Tastenkürzel&lt;/b&gt; listet alle auf.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Getting Started</source>
            <translation>Erste Schritte</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Walk through services</source>
            <translation>Dienste durchlaufen</translation>
        </message>
        <message>
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Umschalt+Tab</translation>
        </message>
        <message>
            <source>Open the inspector for the selection</source>
            <translation>Inspektor für die Auswahl öffnen</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Finish a keyboard wire / cancel it</source>
            <translation>Tastatur-Verbindung abschließen / abbrechen</translation>
        </message>
        <message>
            <source>Enter / Escape</source>
            <translation>Eingabe / Escape</translation>
        </message>
        <message>
            <source>Nudge the selection (a grid step with Shift)</source>
            <translation>Auswahl verschieben (mit Umschalt um einen Rasterschritt)</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Pfeiltasten</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Ctrl+wheel, +, −</source>
            <translation>Strg+Mausrad, +, −</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>Space+drag, middle-drag</source>
            <translation>Leertaste+Ziehen, Ziehen mit mittlerer Maustaste</translation>
        </message>
        <message>
            <source>Wire two services</source>
            <translation>Zwei Dienste verbinden</translation>
        </message>
        <message>
            <source>Drag from the right-hand port</source>
            <translation>Vom rechten Anschluss ziehen</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>About Archscope</source>
            <translation>Über Archscope</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Archscope %1&lt;/h2&gt;&lt;p&gt;Choose AWS compute and sketch event-driven architectures.&lt;/p&gt;&lt;p&gt;Prices are AWS list prices for us-east-1, as of %2. Each service's Learn text names its price sources. Check current prices before you commit to a design.&lt;/p&gt;&lt;p&gt;Archscope is free software under the MIT licence. It ships with:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th align='left'&gt;Library&lt;/th&gt;&lt;th align='left'&gt;Version&lt;/th&gt;&lt;th align='left'&gt;Licence&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</source>
            <translation>&lt;h2&gt;Archscope %1&lt;/h2&gt;&lt;p&gt;AWS-Compute auswählen und ereignisgesteuerte Architekturen skizzieren.&lt;/p&gt;&lt;p&gt;Die Preise sind AWS-Listenpreise für us-east-1, Stand %2. Der Erklärungstext jedes Dienstes nennt seine Preisquellen. Prüfen Sie die aktuellen Preise, bevor Sie sich auf einen Entwurf festlegen.&lt;/p&gt;&lt;p&gt;Archscope ist freie Software unter der MIT-Lizenz. Enthalten sind:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th align='left'&gt;Bibliothek&lt;/th&gt;&lt;th align='left'&gt;Version&lt;/th&gt;&lt;th align='left'&gt;Lizenz&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n node(s) and %1 wire(s): %2 resource(s) mapped, %3 external, %4 ignored, %5 warning(s)</source>
            <translation>
                <numerusform>%n Knoten und %1 Verbindung(en): %2 Ressource(n) zugeordnet, %3 extern, %4 übergangen, %5 Warnung(en)</numerusform>
                <numerusform>%n Knoten und %1 Verbindung(en): %2 Ressource(n) zugeordnet, %3 extern, %4 übergangen, %5 Warnung(en)</numerusform>
            </translation>
        </message>
        <message>
            <source>external: %1 (%2)</source>
            <translation>extern: %1 (%2)</translation>
        </message>
        <message>
            <source>ignored: %1 (%2): %3</source>
            <translation>übergangen: %1 (%2): %3</translation>
        </message>
        <message>
            <source>warning: %1: %2</source>
            <translation>Warnung: %1: %2</translation>
        </message>
        <message>
            <source>no traffic yet (a template holds none): %1</source>
            <translation>noch kein Verkehr (eine Vorlage enthält keinen): %1</translation>
        </message>
    </context>
    <context>
        <name>LearnText</name>
        <message>
            <source>Limits</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>value unit</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Prices (us-east-1)</source>
            <translation>Preise (us-east-1)</translation>
        </message>
        <message>
            <source>source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>Stand %1</translation>
        </message>
        <message>
            <source>Wiring in</source>
            <translation>Eingehende Verbindungen</translation>
        </message>
        <message>
            <source>Wiring out</source>
            <translation>Ausgehende Verbindungen</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Not possible</source>
            <translation>Nicht möglich</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektor</translation>
        </message>
        <message>
            <source>Select a service or a wire on the canvas to edit it and to learn what it does, what it costs and what it can be wired to.</source>
            <translation>Wählen Sie einen Dienst oder eine Verbindung auf der Zeichenfläche aus, um sie zu bearbeiten und zu erfahren, was sie tut, was sie kostet und womit sie verbunden werden kann.</translation>
        </message>
        <message>
            <source>With nothing selected, the inspector edits the diagram's title and the simulation settings.</source>
            <translation>Ohne Auswahl bearbeitet der Inspektor den Titel des Diagramms und die Simulationseinstellungen.</translation>
        </message>
        <message>
            <source>Select a single service or wire to edit its properties.</source>
            <translation>Wählen Sie einen einzelnen Dienst oder eine einzelne Verbindung aus, um die Eigenschaften zu bearbeiten.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>price unit</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Instance types</source>
            <translation>Instanztypen</translation>
        </message>
        <message>
            <source>%1: %2 vCPU, %3 GiB</source>
            <comment>instance type, vCPUs, memory</comment>
            <translation>%1: %2 vCPU, %3 GiB</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Image thumbnails (S3 → Lambda → S3)</source>
            <translation>Bild-Thumbnails (S3 → Lambda → S3)</translation>
        </message>
        <message>
            <source>REST API (API Gateway → Lambda → DynamoDB)</source>
            <translation>REST-API (API Gateway → Lambda → DynamoDB)</translation>
        </message>
        <message>
            <source>Clickstream (Kinesis → Lambda → OpenSearch)</source>
            <translation>Clickstream (Kinesis → Lambda → OpenSearch)</translation>
        </message>
        <message>
            <source>Fan-out (SNS → Lambdas, SQS → ECS workers, DLQ)</source>
            <translation>Fan-out (SNS → Lambdas, SQS → ECS-Worker, DLQ)</translation>
        </message>
        <message>
            <source>Lift-and-shift web app (ALB → EC2 Auto Scaling)</source>
            <translation>Lift-and-Shift-Web-App (ALB → EC2 Auto Scaling)</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>%1 k</source>
            <comment>thousands: 12.5 k</comment>
            <translation>%1 Tsd.</translation>
        </message>
        <message>
            <source>%1 M</source>
            <comment>millions: 1.3 M</comment>
            <translation>%1 Mio.</translation>
        </message>
        <message>
            <source>%1 B</source>
            <comment>billions (10^9): 4.2 B</comment>
            <translation>%1 Mrd.</translation>
        </message>
        <message>
            <source>%1 T</source>
            <comment>trillions (10^12): 7 T</comment>
            <translation>%1 Bio.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a quantity and its unit: 12.96 M requests</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>seconds</comment>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <comment>minutes</comment>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <comment>hours</comment>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 Tage</translation>
        </message>
    </context>
    <context>
        <name>ProblemChecker</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: nothing triggers this %2; wire an event source to it.</source>
            <translation>%1: Nichts löst diesen Knoten (%2) aus; verbinden Sie eine Ereignisquelle damit.</translation>
        </message>
        <message>
            <source>%1 is invoked asynchronously but has no failure destination: events that fail all retries are dropped after up to 6 hours. Wire it to an SQS queue or SNS topic as an on-failure route.</source>
            <translation>%1 wird asynchron aufgerufen, hat aber kein Fehlerziel: Ereignisse, die alle Wiederholungen nicht bestehen, werden nach bis zu 6 Stunden verworfen. Verbinden Sie es mit einer SQS-Warteschlange oder einem SNS-Topic als Fehlerroute.</translation>
        </message>
        <message>
            <source>%1 has a failure destination but nothing invokes it asynchronously, so the destination never receives events.</source>
            <translation>%1 hat ein Fehlerziel, aber nichts ruft es asynchron auf, daher erhält das Ziel nie Ereignisse.</translation>
        </message>
        <message>
            <source>%1: provisioned concurrency (%2) cannot exceed reserved concurrency (%3).</source>
            <translation>%1: bereitgestellte Parallelität (%2) darf die reservierte Parallelität (%3) nicht überschreiten.</translation>
        </message>
        <message>
            <source>%1: the mean duration (%2 ms) is longer than the timeout (%3 s), so most invocations would time out.</source>
            <translation>%1: die mittlere Dauer (%2 ms) ist länger als das Timeout (%3 s), daher würden die meisten Aufrufe abbrechen.</translation>
        </message>
        <message>
            <source>Wire %1 (%2): %3</source>
            <translation>Verbindung %1 (%2): %3</translation>
        </message>
        <message>
            <source>Wire %1 (%2) repeats another wire between the same services; each event would be delivered twice.</source>
            <translation>Verbindung %1 (%2) wiederholt eine andere Verbindung zwischen denselben Diensten; jedes Ereignis würde doppelt zugestellt.</translation>
        </message>
        <message>
            <source>Reserved concurrency adds up to %1 of the account's %2, leaving %3 unreserved; AWS keeps at least 100 for functions without a reservation. Lower a reservation or raise the account limit.</source>
            <translation>Die reservierte Parallelität summiert sich auf %1 der %2 des Kontos und lässt %3 unreserviert; AWS hält mindestens 100 für Funktionen ohne Reservierung frei. Senken Sie eine Reservierung oder erhöhen Sie das Kontolimit.</translation>
        </message>
        <message>
            <source>/settings/accountConcurrency: an account has at least %1 concurrent executions, not %2</source>
            <translation>/settings/accountConcurrency: ein Konto hat mindestens %1 gleichzeitige Ausführungen, nicht %2</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Print Preview</source>
            <translation>Druckvorschau</translation>
        </message>
    </context>
    <context>
        <name>Recommender</name>
        <message>
            <source>%1 (%2: rules it out)</source>
            <translation>%1 (%2: schließt es aus)</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>%1 “%2” (instead of “%3”)</source>
            <translation>%1 „%2“ (statt „%3“)</translation>
        </message>
        <message>
            <source>%1 “%2” (currently unanswered)</source>
            <translation>%1 „%2“ (derzeit unbeantwortet)</translation>
        </message>
        <message>
            <source>Answering %1 would put %2 ahead of %3 (%4 to %5).</source>
            <translation>Eine Antwort auf %1 würde %2 vor %3 bringen (%4 zu %5).</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>%1 (%2, neutral)</source>
            <translation>%1 (%2, neutral)</translation>
        </message>
        <message>
            <source>Equal fits are listed in a fixed order: %1.</source>
            <translation>Bei gleicher Eignung gilt eine feste Reihenfolge: %1.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPrompt</name>
        <message>
            <source>Archscope did not close normally last time. A diagram with unsaved changes can be restored.</source>
            <translation>Archscope wurde beim letzten Mal nicht normal beendet. Ein Diagramm mit ungespeicherten Änderungen kann wiederhergestellt werden.</translation>
        </message>
        <message numerus="yes">
            <source>Archscope did not close normally last time. %n diagrams with unsaved changes can be restored.</source>
            <translation>
                <numerusform>Archscope wurde beim letzten Mal nicht normal beendet. %n Diagramm mit ungespeicherten Änderungen kann wiederhergestellt werden.</numerusform>
                <numerusform>Archscope wurde beim letzten Mal nicht normal beendet. %n Diagramme mit ungespeicherten Änderungen können wiederhergestellt werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore unsaved diagrams?</source>
            <translation>Ungespeicherte Diagramme wiederherstellen?</translation>
        </message>
        <message>
            <source>Later keeps the copies and asks again at the next start; Discard deletes them.</source>
            <translation>„Später“ behält die Kopien und fragt beim nächsten Start erneut; „Verwerfen“ löscht sie.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Diagram</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Open problems</source>
            <translation>Offene Probleme</translation>
        </message>
        <message>
            <source>No problems: every wire is allowed and every value is in range.</source>
            <translation>Keine Probleme: Jede Verbindung ist erlaubt und jeder Wert liegt im Bereich.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>set</source>
            <translation>gesetzt</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Solid: synchronous push or write · dashed: asynchronous push · dash-dot: stream poll · dotted: queue poll · red: failure route</source>
            <translation>Durchgezogen: synchroner Push oder Schreiben · gestrichelt: asynchroner Push · Strich-Punkt: Stream-Abfrage · gepunktet: Warteschlangen-Abfrage · rot: Fehlerroute</translation>
        </message>
        <message>
            <source>Untitled diagram</source>
            <translation>Unbenanntes Diagramm</translation>
        </message>
        <message>
            <source>Design review</source>
            <translation>Design-Review</translation>
        </message>
        <message>
            <source>Author: %1</source>
            <translation>Autor: %1</translation>
        </message>
        <message>
            <source>%1 services, %2 wires</source>
            <translation>%1 Dienste, %2 Verbindungen</translation>
        </message>
        <message>
            <source>Region %1</source>
            <translation>Region %1</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <source>The diagram has no services yet.</source>
            <translation>Das Diagramm hat noch keine Dienste.</translation>
        </message>
        <message>
            <source>Wires</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <source>The diagram has no wires yet.</source>
            <translation>Das Diagramm hat noch keine Verbindungen.</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Nach</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Invocation</source>
            <translation>Aufruf</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Generated by Archscope. Prices and limits are us-east-1 list values from the catalog; check each price's source and date before committing to a budget.</source>
            <translation>Erstellt von Archscope. Preise und Grenzen sind us-east-1-Listenwerte aus dem Katalog; prüfen Sie Quelle und Datum jedes Preises, bevor Sie sich auf ein Budget festlegen.</translation>
        </message>
        <message>
            <source>%1 — design review</source>
            <translation>%1 — Design-Review</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>Values in grey are the catalog's defaults; values in black are set in the diagram.</source>
            <translation>Grau gesetzte Werte sind die Vorgaben des Katalogs; schwarz gesetzte Werte sind im Diagramm festgelegt.</translation>
        </message>
    </context>
    <context>
        <name>SamExport</name>
        <message>
            <source>ECS services need a cluster, task definition and networking; SAM does not generate them</source>
            <translation>ECS-Dienste brauchen einen Cluster, eine Aufgabendefinition und Netzwerk; SAM erzeugt sie nicht</translation>
        </message>
        <message>
            <source>EKS workloads are deployed with Kubernetes manifests or Helm, not SAM</source>
            <translation>EKS-Workloads werden mit Kubernetes-Manifesten oder Helm bereitgestellt, nicht mit SAM</translation>
        </message>
        <message>
            <source>EC2 Auto Scaling groups need a launch template, AMI and networking; SAM does not generate them</source>
            <translation>EC2 Auto Scaling-Gruppen brauchen eine Startvorlage, ein AMI und Netzwerk; SAM erzeugt sie nicht</translation>
        </message>
        <message>
            <source>an Application Load Balancer needs a VPC, listeners and target groups; SAM has no ALB event</source>
            <translation>ein Application Load Balancer braucht eine VPC, Listener und Zielgruppen; SAM hat kein ALB-Ereignis</translation>
        </message>
        <message>
            <source>OpenSearch domains are sized and secured by hand; define AWS::OpenSearchService::Domain separately</source>
            <translation>OpenSearch-Domänen werden von Hand dimensioniert und abgesichert; definieren Sie AWS::OpenSearchService::Domain separat</translation>
        </message>
        <message>
            <source>Archscope diagram</source>
            <translation>Archscope-Diagramm</translation>
        </message>
        <message>
            <source>AWS SAM template generated by Archscope from "%1".</source>
            <translation>AWS SAM-Vorlage, von Archscope aus „%1“ erzeugt.</translation>
        </message>
        <message>
            <source>Code locations, handlers, event patterns and API paths are placeholders.</source>
            <translation>Code-Speicherorte, Handler, Ereignismuster und API-Pfade sind Platzhalter.</translation>
        </message>
        <message>
            <source>Services SAM does not cover are listed under Metadata: Archscope::NotGenerated (at the end).</source>
            <translation>Dienste, die SAM nicht abdeckt, sind unter Metadata: Archscope::NotGenerated (am Ende) aufgeführt.</translation>
        </message>
        <message>
            <source>NOT GENERATED: services SAM does not cover; build them separately</source>
            <translation>NICHT ERZEUGT: Dienste, die SAM nicht abdeckt; erstellen Sie sie separat</translation>
        </message>
        <message>
            <source>it has no Lambda function wired to it in this diagram</source>
            <translation>in diesem Diagramm ist keine Lambda-Funktion damit verbunden</translation>
        </message>
        <message>
            <source>NOT GENERATED: wires this template does not express</source>
            <translation>NICHT ERZEUGT: Verbindungen, die diese Vorlage nicht abbildet</translation>
        </message>
        <message>
            <source>Lambda takes one on-failure destination; the wire to "%1" is not expressed</source>
            <translation>Lambda nimmt ein Fehlerziel an; die Verbindung zu „%1“ wird nicht abgebildet</translation>
        </message>
        <message>
            <source>could not write the SAM template: %1</source>
            <translation>die SAM-Vorlage konnte nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>an external resource (%1) from an import; Archscope has no kind for it, so define it separately</source>
            <translation>eine externe Ressource (%1) aus einem Import; Archscope kennt keine Art dafür, definieren Sie sie daher separat</translation>
        </message>
    </context>
    <context>
        <name>SeriesCsv</name>
        <message>
            <source>Line %1: expected two columns, the time in seconds and the rate in events per second, separated by a comma.</source>
            <translation>Zeile %1: zwei Spalten erwartet, die Zeit in Sekunden und die Rate in Ereignissen pro Sekunde, durch Komma getrennt.</translation>
        </message>
        <message>
            <source>Line %1: the time “%2” is not a number.</source>
            <translation>Zeile %1: die Zeit „%2“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>Line %1: the rate “%2” is not a number.</source>
            <translation>Zeile %1: die Rate „%2“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>Line %1: the time must not be negative.</source>
            <translation>Zeile %1: die Zeit darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>Line %1: the rate must not be negative.</source>
            <translation>Zeile %1: die Rate darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>Line %1: times must increase from line to line (%2 s follows %3 s).</source>
            <translation>Zeile %1: die Zeiten müssen von Zeile zu Zeile steigen (%2 s folgt auf %3 s).</translation>
        </message>
        <message>
            <source>Line %1: a series holds at most %2 points.</source>
            <translation>Zeile %1: eine Reihe enthält höchstens %2 Punkte.</translation>
        </message>
        <message>
            <source>The file holds no data: expected lines of “time,rate”.</source>
            <translation>Die Datei enthält keine Daten: Zeilen der Form „Zeit,Rate“ erwartet.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>/settings/horizonS: the simulated horizon must lie between %1 h and %2 days (%3..%4 s), not %5 s</source>
            <translation>/settings/horizonS: der simulierte Zeitraum muss zwischen %1 h und %2 Tagen liegen (%3..%4 s), nicht %5 s</translation>
        </message>
        <message>
            <source>/settings/stepS: the step must lie between %1 s and %2 h (%1..%3 s), not %4 s</source>
            <translation>/settings/stepS: die Schrittweite muss zwischen %1 s und %2 h liegen (%1..%3 s), nicht %4 s</translation>
        </message>
    </context>
    <context>
        <name>Simulation</name>
        <message>
            <source>What-if needs a compute node.</source>
            <translation>Was-wäre-wenn braucht einen Compute-Knoten.</translation>
        </message>
        <message>
            <source>Free tier</source>
            <translation>Kostenloses Kontingent</translation>
        </message>
        <message>
            <source>Wire %1 (%2 → %3) is refused and was left out: %4</source>
            <translation>Verbindung %1 (%2 → %3) ist abgelehnt und wurde ausgelassen: %4</translation>
        </message>
        <message>
            <source>The wires form a cycle through %1: events would circulate forever, so the diagram cannot be simulated. Break the loop (for example, write to another queue or table).</source>
            <translation>Die Verbindungen bilden einen Zyklus über %1: Ereignisse würden endlos kreisen, daher kann das Diagramm nicht simuliert werden. Unterbrechen Sie die Schleife (zum Beispiel durch Schreiben in eine andere Warteschlange oder Tabelle).</translation>
        </message>
        <message>
            <source>Prices are us-east-1 list prices; %1 may differ.</source>
            <translation>Preise sind us-east-1-Listenpreise; %1 kann abweichen.</translation>
        </message>
        <message>
            <source>The exact window %1 s .. %2 s is empty or invalid: it needs a start before its end.</source>
            <translation>Das exakte Zeitfenster %1 s .. %2 s ist leer oder ungültig: Sein Anfang muss vor seinem Ende liegen.</translation>
        </message>
        <message>
            <source>The exact run would take about %1 million events, more than its budget of %2 million: choose a shorter window or less traffic.</source>
            <translation>Der exakte Lauf bräuchte etwa %1 Millionen Ereignisse, mehr als sein Budget von %2 Millionen: Wählen Sie ein kürzeres Zeitfenster oder weniger Verkehr.</translation>
        </message>
        <message>
            <source>The exact window was cut to %1 s .. %2 s: the whole window would take about %3 million events, more than the budget of %4 million.</source>
            <translation>Das exakte Zeitfenster wurde auf %1 s .. %2 s gekürzt: Das ganze Fenster bräuchte etwa %3 Millionen Ereignisse, mehr als das Budget von %4 Millionen.</translation>
        </message>
        <message>
            <source>The exact run stopped at %1 s: it took more than %2 million events, twice its budget.</source>
            <translation>Der exakte Lauf wurde bei %1 s angehalten: Er brauchte mehr als %2 Millionen Ereignisse, das Doppelte seines Budgets.</translation>
        </message>
        <message>
            <source>the window %1 s .. %2 s is empty: its end must come after its start</source>
            <translation>das Fenster %1 s .. %2 s ist leer: sein Ende muss nach seinem Anfang liegen</translation>
        </message>
        <message>
            <source>the window %1 s .. %2 s is outside the simulated horizon of 0 s .. %3 s</source>
            <translation>das Fenster %1 s .. %2 s liegt außerhalb des simulierten Zeitraums von 0 s .. %3 s</translation>
        </message>
        <message>
            <source>The exact engine keeps a queue for each batch lane of a stream (shards × parallelization factor): %1 lanes are more than the %2 it can hold. Simulate fewer shards.</source>
            <translation>Die exakte Engine führt für jede Batch-Spur eines Streams eine eigene Warteschlange (Shards × Parallelisierungsfaktor): %1 Spuren sind mehr als die %2, die sie halten kann. Simulieren Sie weniger Shards.</translation>
        </message>
        <message>
            <source>Stepped every %1 s: traffic bursts are shorter than the %2 s step.</source>
            <translation>In Schritten von %1 s simuliert: Verkehrsspitzen sind kürzer als der Schritt von %2 s.</translation>
        </message>
    </context>
    <context>
        <name>SimulationExport</name>
        <message>
            <source>%1 days</source>
            <translation>%1 Tage</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>day %1</source>
            <translation>Tag %1</translation>
        </message>
        <message>
            <source>Simulation and cost</source>
            <translation>Simulation und Kosten</translation>
        </message>
        <message>
            <source>The simulation did not run: %1</source>
            <translation>Die Simulation lief nicht: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Annahmen</translation>
        </message>
        <message>
            <source>Horizon %1, step %2, seed %3.</source>
            <translation>Zeitraum %1, Schritt %2, Startwert %3.</translation>
        </message>
        <message>
            <source>Region %1; list prices as of %2; free tier %3.</source>
            <translation>Region %1; Listenpreise Stand %2; kostenloses Kontingent %3.</translation>
        </message>
        <message>
            <source>the catalog date</source>
            <translation>das Katalogdatum</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>angewendet</translation>
        </message>
        <message>
            <source>not applied</source>
            <translation>nicht angewendet</translation>
        </message>
        <message>
            <source>Traffic follows each source's profile in the diagram; the same diagram and seed give the same numbers.</source>
            <translation>Der Verkehr folgt dem Profil jeder Quelle im Diagramm; dasselbe Diagramm und derselbe Startwert ergeben dieselben Zahlen.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>Per node</source>
            <translation>Pro Knoten</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>Invocations</source>
            <translation>Aufrufe</translation>
        </message>
        <message>
            <source>Cold starts</source>
            <translation>Kaltstarts</translation>
        </message>
        <message>
            <source>Peak backlog</source>
            <translation>Spitzenrückstau</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Cost per node and item</source>
            <translation>Kosten pro Knoten und Posten</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Posten</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Cost over the horizon</source>
            <translation>Kosten über den Zeitraum</translation>
        </message>
        <message>
            <source>Per 30-day month</source>
            <translation>Pro 30-Tage-Monat</translation>
        </message>
        <message>
            <source>Monthly projection: %1 (the horizon's cost scaled to 30 days). Prices are us-east-1 list prices from the catalog; check each price's source and date.</source>
            <translation>Monatliche Hochrechnung: %1 (die Kosten des Zeitraums auf 30 Tage skaliert). Preise sind us-east-1-Listenpreise aus dem Katalog; prüfen Sie Quelle und Datum jedes Preises.</translation>
        </message>
        <message>
            <source>the simulation could not run: %1</source>
            <translation>die Simulation konnte nicht laufen: %1</translation>
        </message>
        <message>
            <source>concurrency</source>
            <translation>Parallelität</translation>
        </message>
        <message>
            <source>Concurrency per compute node: ConcurrentExecutions (Maximum per minute) for functions, tasks or instances running for fleets; the band spans each interval's lowest to highest value, the line is its mean.</source>
            <translation>Nebenläufigkeit je Rechenknoten: ConcurrentExecutions (Maximum pro Minute) bei Funktionen, laufende Tasks oder Instanzen bei Flotten; das Band reicht vom niedrigsten zum höchsten Wert jedes Intervalls, die Linie ist sein Mittelwert.</translation>
        </message>
        <message>
            <source>Throttles (refused or made to wait)</source>
            <translation>Throttles (abgewiesen oder zum Warten gezwungen)</translation>
        </message>
        <message>
            <source>Peak ConcurrentExecutions (Maximum per minute)</source>
            <translation>Spitze ConcurrentExecutions (Maximum pro Minute)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>an age metric and its largest value</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Durations, latency and ages</source>
            <translation>Dauer, Latenz und Alter</translation>
        </message>
        <message>
            <source>Duration p50 / p99 (with init)</source>
            <translation>Duration p50 / p99 (mit Init)</translation>
        </message>
        <message>
            <source>End-to-end latency p99 (sync callers)</source>
            <translation>Ende-zu-Ende-Latenz p99 (synchrone Aufrufer)</translation>
        </message>
        <message>
            <source>Largest age of a waiting event</source>
            <translation>Höchstes Alter eines wartenden Ereignisses</translation>
        </message>
    </context>
    <context>
        <name>SimulationProblems</name>
        <message>
            <source>less than 0.1 %</source>
            <translation>weniger als 0,1 %</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 is saturated: all its %2 %3 are busy for %4 of the simulated time while it scales out towards its maximum of %5.</source>
            <translation>%1 ist ausgelastet: Alle %2 %3 sind während %4 der simulierten Zeit belegt, während es auf sein Maximum von %5 hochskaliert.</translation>
        </message>
        <message>
            <source>%1 is saturated: it runs at its limit of %2 %3 for %4 of the simulated time.</source>
            <translation>%1 ist ausgelastet: Es läuft während %4 der simulierten Zeit an seiner Grenze von %2 %3.</translation>
        </message>
        <message>
            <source>Up to %1 events wait in its backlog.</source>
            <translation>Bis zu %1 Ereignisse warten in seinem Rückstau.</translation>
        </message>
        <message>
            <source>Keep more running before the peaks (its minimum size) or give each more capacity.</source>
            <translation>Halten Sie vor den Spitzen mehr davon bereit (Mindestgröße) oder geben Sie jedem mehr Kapazität.</translation>
        </message>
        <message>
            <source>Raise its maximum size or the capacity of each unit.</source>
            <translation>Erhöhen Sie seine Maximalgröße oder die Kapazität jeder Einheit.</translation>
        </message>
        <message>
            <source>Raise its reserved concurrency or the account's limit.</source>
            <translation>Erhöhen Sie seine reservierte Parallelität oder das Limit des Kontos.</translation>
        </message>
        <message>
            <source>%1: the backlog grows from %2 to %3 events over the simulated time and never drains (peak %4); events arrive faster than it processes them.</source>
            <translation>%1: Der Rückstau wächst über die simulierte Zeit von %2 auf %3 Ereignisse und baut sich nie ab (Spitze %4); Ereignisse kommen schneller an, als es sie verarbeitet.</translation>
        </message>
        <message>
            <source>%1 throttled %2 of %3 requests (%4) over the simulated time.</source>
            <translation>%1 hat über die simulierte Zeit %2 von %3 Anfragen gedrosselt (%4).</translation>
        </message>
        <message>
            <source>%1: %2 of its invocations (%3) run past its timeout and fail. Durations vary around their mean; set the timeout well above the slowest.</source>
            <translation>%1: %2 seiner Aufrufe (%3) laufen über sein Timeout hinaus und schlagen fehl. Die Dauern streuen um ihren Mittelwert; setzen Sie das Timeout deutlich über die langsamsten.</translation>
        </message>
    </context>
    <context>
        <name>TemplateImport</name>
        <message>
            <source>IAM: who may do what, not a part of the flow</source>
            <translation>IAM: wer was darf, kein Teil des Ablaufs</translation>
        </message>
        <message>
            <source>a permission</source>
            <translation>eine Berechtigung</translation>
        </message>
        <message>
            <source>a resource policy</source>
            <translation>eine Ressourcenrichtlinie</translation>
        </message>
        <message>
            <source>networking</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>DNS</source>
            <translation>DNS</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>Zertifikate</translation>
        </message>
        <message>
            <source>monitoring</source>
            <translation>Überwachung</translation>
        </message>
        <message>
            <source>logging</source>
            <translation>Protokollierung</translation>
        </message>
        <message>
            <source>deployment plumbing</source>
            <translation>Bereitstellungsdetails</translation>
        </message>
        <message>
            <source>a custom resource, run once at deployment</source>
            <translation>eine benutzerdefinierte Ressource, einmal bei der Bereitstellung ausgeführt</translation>
        </message>
        <message>
            <source>part of an API; its methods make the wires</source>
            <translation>Teil einer API; ihre Methoden ergeben die Verbindungen</translation>
        </message>
        <message>
            <source>API settings</source>
            <translation>API-Einstellungen</translation>
        </message>
        <message>
            <source>part of an API; its integrations make the wires</source>
            <translation>Teil einer API; ihre Integrationen ergeben die Verbindungen</translation>
        </message>
        <message>
            <source>encryption keys</source>
            <translation>Verschlüsselungsschlüssel</translation>
        </message>
        <message>
            <source>configuration and secrets</source>
            <translation>Konfiguration und Geheimnisse</translation>
        </message>
        <message>
            <source>container images</source>
            <translation>Container-Images</translation>
        </message>
        <message>
            <source>the source could not be read: %1</source>
            <translation>die Quelle konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>this is neither a CloudFormation or SAM template (no Resources) nor a Terraform plan or state (no planned_values or values)</source>
            <translation>dies ist weder eine CloudFormation- oder SAM-Vorlage (kein Resources) noch ein Terraform-Plan oder -Zustand (kein planned_values oder values)</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>the file is larger than %1 MB</source>
            <translation>die Datei ist größer als %1 MB</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>a setting of a bucket</source>
            <translation>eine Einstellung eines Buckets</translation>
        </message>
        <message>
            <source>%1 is known only when the stack is deployed</source>
            <translation>%1 ist erst bekannt, wenn der Stack bereitgestellt ist</translation>
        </message>
        <message>
            <source>it refers to the resource %1, whose name is known only once it is deployed</source>
            <translation>es verweist auf die Ressource %1, deren Name erst nach der Bereitstellung bekannt ist</translation>
        </message>
        <message>
            <source>it refers to %1, which is neither a parameter nor a resource</source>
            <translation>es verweist auf %1, das weder ein Parameter noch eine Ressource ist</translation>
        </message>
        <message>
            <source>the parameter %1 has no default</source>
            <translation>der Parameter %1 hat keinen Standardwert</translation>
        </message>
        <message>
            <source>the parameter %1 is read from SSM Parameter Store at deployment</source>
            <translation>der Parameter %1 wird bei der Bereitstellung aus dem SSM Parameter Store gelesen</translation>
        </message>
        <message>
            <source>Fn::Sub takes a text or a [text, variables] list</source>
            <translation>Fn::Sub erwartet einen Text oder eine Liste [Text, Variablen]</translation>
        </message>
        <message>
            <source>Fn::Sub has a ${ without its closing }</source>
            <translation>Fn::Sub enthält ein ${ ohne schließendes }</translation>
        </message>
        <message>
            <source>${%1} is an attribute known only once the stack is deployed</source>
            <translation>${%1} ist ein Attribut, das erst nach der Bereitstellung des Stacks bekannt ist</translation>
        </message>
        <message>
            <source>${%1} has no value</source>
            <translation>${%1} hat keinen Wert</translation>
        </message>
        <message>
            <source>Ref takes a name</source>
            <translation>Ref erwartet einen Namen</translation>
        </message>
        <message>
            <source>Fn::If takes [condition, value if true, value if false]</source>
            <translation>Fn::If erwartet [Bedingung, Wert wenn wahr, Wert wenn falsch]</translation>
        </message>
        <message>
            <source>it depends on the condition %1, which the parameters' defaults do not decide</source>
            <translation>es hängt von der Bedingung %1 ab, die die Standardwerte der Parameter nicht entscheiden</translation>
        </message>
        <message>
            <source>Fn::Join takes [delimiter, list]</source>
            <translation>Fn::Join erwartet [Trennzeichen, Liste]</translation>
        </message>
        <message>
            <source>Fn::Join needs a list</source>
            <translation>Fn::Join braucht eine Liste</translation>
        </message>
        <message>
            <source>Fn::Select takes [index, list]</source>
            <translation>Fn::Select erwartet [Index, Liste]</translation>
        </message>
        <message>
            <source>Fn::Select's index is outside its list</source>
            <translation>der Index von Fn::Select liegt außerhalb seiner Liste</translation>
        </message>
        <message>
            <source>Fn::Split takes [delimiter, text]</source>
            <translation>Fn::Split erwartet [Trennzeichen, Text]</translation>
        </message>
        <message>
            <source>Fn::FindInMap takes [map, key, key]</source>
            <translation>Fn::FindInMap erwartet [Zuordnung, Schlüssel, Schlüssel]</translation>
        </message>
        <message>
            <source>Mappings has no %1 → %2 → %3</source>
            <translation>Mappings enthält kein %1 → %2 → %3</translation>
        </message>
        <message>
            <source>Fn::Length needs a list</source>
            <translation>Fn::Length braucht eine Liste</translation>
        </message>
        <message>
            <source>it is an attribute of %1, known only once the stack is deployed</source>
            <translation>es ist ein Attribut von %1, das erst nach der Bereitstellung des Stacks bekannt ist</translation>
        </message>
        <message>
            <source>it is imported from another stack (Fn::ImportValue)</source>
            <translation>es wird aus einem anderen Stack importiert (Fn::ImportValue)</translation>
        </message>
        <message>
            <source>Fn::Cidr is not evaluated</source>
            <translation>Fn::Cidr wird nicht ausgewertet</translation>
        </message>
        <message>
            <source>%1 is not evaluated</source>
            <translation>%1 wird nicht ausgewertet</translation>
        </message>
        <message>
            <source>the capacity providers of a cluster</source>
            <translation>die Kapazitätsanbieter eines Clusters</translation>
        </message>
        <message>
            <source>the cluster of its services</source>
            <translation>der Cluster seiner Dienste</translation>
        </message>
        <message>
            <source>%1 is not a task CPU size</source>
            <translation>%1 ist keine CPU-Größe für Tasks</translation>
        </message>
        <message>
            <source>%1 is not a task memory size</source>
            <translation>%1 ist keine Speichergröße für Tasks</translation>
        </message>
        <message>
            <source>the task definition is not in this template: the task size keeps its defaults</source>
            <translation>die Task-Definition ist nicht in dieser Vorlage: die Task-Größe behält ihre Standardwerte</translation>
        </message>
        <message>
            <source>the instances of its services</source>
            <translation>die Instanzen seiner Dienste</translation>
        </message>
        <message>
            <source>the instances the service runs on are not in this template: the instance type and counts keep their defaults</source>
            <translation>die Instanzen, auf denen der Dienst läuft, sind nicht in dieser Vorlage: Instanztyp und Anzahlen behalten ihre Standardwerte</translation>
        </message>
        <message>
            <source>the task of this service</source>
            <translation>der Task dieses Dienstes</translation>
        </message>
        <message>
            <source>the instance type</source>
            <translation>der Instanztyp</translation>
        </message>
        <message>
            <source>a routing rule of a load balancer</source>
            <translation>eine Routing-Regel eines Load Balancers</translation>
        </message>
        <message>
            <source>a listener: the wires from its load balancer</source>
            <translation>ein Listener: die Verbindungen von seinem Load Balancer</translation>
        </message>
        <message>
            <source>no listener forwards to this target group; it is drawn behind the template's only load balancer</source>
            <translation>kein Listener leitet an diese Zielgruppe weiter; sie wird hinter dem einzigen Load Balancer der Vorlage gezeichnet</translation>
        </message>
        <message>
            <source>no listener forwards to this target group: its targets get no wire from a load balancer</source>
            <translation>kein Listener leitet an diese Zielgruppe weiter: ihre Ziele erhalten keine Verbindung von einem Load Balancer</translation>
        </message>
        <message>
            <source>a target group: the wires to what is registered in it</source>
            <translation>eine Zielgruppe: die Verbindungen zu dem, was darin registriert ist</translation>
        </message>
        <message>
            <source>a VPC link: API Gateway reaches the balancer through it</source>
            <translation>ein VPC-Link: API Gateway erreicht den Load Balancer darüber</translation>
        </message>
        <message>
            <source>the provisioned concurrency of this function</source>
            <translation>die bereitgestellte Parallelität dieser Funktion</translation>
        </message>
        <message>
            <source>the task counts of this service</source>
            <translation>die Task-Anzahlen dieses Dienstes</translation>
        </message>
        <message>
            <source>the target utilization of this service</source>
            <translation>die Zielauslastung dieses Dienstes</translation>
        </message>
        <message>
            <source>where this cluster's pods run</source>
            <translation>wo die Pods dieses Clusters laufen</translation>
        </message>
        <message>
            <source>a second node group: the sizes are added up and the first group's instance type is kept</source>
            <translation>eine zweite Knotengruppe: die Größen werden addiert, und der Instanztyp der ersten Gruppe bleibt</translation>
        </message>
        <message>
            <source>the instances of this cluster</source>
            <translation>die Instanzen dieses Clusters</translation>
        </message>
        <message>
            <source>Resources: expected a map of logical ids to resources</source>
            <translation>Resources: erwartet eine Zuordnung von logischen IDs zu Ressourcen</translation>
        </message>
        <message>
            <source>Resources: more than %1 resources</source>
            <translation>Resources: mehr als %1 Ressourcen</translation>
        </message>
        <message>
            <source>%1: expected a resource (a map with a Type)</source>
            <translation>%1: erwartet eine Ressource (eine Zuordnung mit Type)</translation>
        </message>
        <message>
            <source>%1.Type: every resource needs a Type</source>
            <translation>%1.Type: jede Ressource braucht einen Type</translation>
        </message>
        <message>
            <source>%1.Properties: expected a map</source>
            <translation>%1.Properties: erwartet eine Zuordnung</translation>
        </message>
        <message>
            <source>not resolved (%1); the catalog default is kept</source>
            <translation>nicht aufgelöst (%1); der Standardwert des Katalogs bleibt</translation>
        </message>
        <message>
            <source>expected a number, not %1; the catalog default is kept</source>
            <translation>erwartet eine Zahl, nicht %1; der Standardwert des Katalogs bleibt</translation>
        </message>
        <message>
            <source>expected a text, not %1</source>
            <translation>erwartet einen Text, nicht %1</translation>
        </message>
        <message>
            <source>expected true or false, not %1</source>
            <translation>erwartet true oder false, nicht %1</translation>
        </message>
        <message>
            <source>it depends on the condition %1, which the parameters' defaults do not decide; the first choice is drawn</source>
            <translation>es hängt von der Bedingung %1 ab, die die Standardwerte der Parameter nicht entscheiden; die erste Wahl wird gezeichnet</translation>
        </message>
        <message>
            <source>a value imported from another stack</source>
            <translation>ein aus einem anderen Stack importierter Wert</translation>
        </message>
        <message>
            <source>the target is not resolved (%1); no wire is drawn</source>
            <translation>das Ziel ist nicht aufgelöst (%1); keine Verbindung wird gezeichnet</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>kein Wert</translation>
        </message>
        <message>
            <source>created only when the condition %1 holds, which is false with the parameters' defaults; it is drawn all the same</source>
            <translation>wird nur angelegt, wenn die Bedingung %1 gilt, die mit den Standardwerten der Parameter falsch ist; sie wird trotzdem gezeichnet</translation>
        </message>
        <message>
            <source>created only when the condition %1 holds, which the parameters' defaults do not decide</source>
            <translation>wird nur angelegt, wenn die Bedingung %1 gilt, die die Standardwerte der Parameter nicht entscheiden</translation>
        </message>
        <message>
            <source>a nested stack: its resources are not imported here; import its own template to see them</source>
            <translation>ein verschachtelter Stack: seine Ressourcen werden hier nicht importiert; importieren Sie seine eigene Vorlage, um sie zu sehen</translation>
        </message>
        <message>
            <source>an on-demand stream: Kinesis chooses its shards; set Shards to what you expect</source>
            <translation>ein On-Demand-Stream: Kinesis wählt seine Shards; stellen Sie Shards auf den erwarteten Wert</translation>
        </message>
        <message>
            <source>the schedule is disabled: no traffic is set</source>
            <translation>der Zeitplan ist deaktiviert: kein Verkehr wird festgelegt</translation>
        </message>
        <message>
            <source>the schedule %1 cannot be read: no traffic is set</source>
            <translation>der Zeitplan %1 kann nicht gelesen werden: kein Verkehr wird festgelegt</translation>
        </message>
        <message>
            <source>the runtime %1 is not in the catalog; the default is kept</source>
            <translation>die Laufzeit %1 ist nicht im Katalog; der Standardwert bleibt</translation>
        </message>
        <message>
            <source>the runtime %1 is shown as %2, whose cold start the catalog knows</source>
            <translation>die Laufzeit %1 wird als %2 dargestellt, dessen Kaltstart der Katalog kennt</translation>
        </message>
        <message>
            <source>it connects or configures nothing that became a node</source>
            <translation>es verbindet oder konfiguriert nichts, was zu einem Knoten wurde</translation>
        </message>
        <message>
            <source>its function is not a node of this import</source>
            <translation>seine Funktion ist kein Knoten dieses Imports</translation>
        </message>
        <message>
            <source>Self-managed Kafka</source>
            <translation>Selbstverwaltetes Kafka</translation>
        </message>
        <message>
            <source>its event source is not in this import; no wire is drawn</source>
            <translation>seine Ereignisquelle ist nicht in diesem Import; keine Verbindung wird gezeichnet</translation>
        </message>
        <message>
            <source>the mapping is disabled; the wire is drawn all the same</source>
            <translation>die Zuordnung ist deaktiviert; die Verbindung wird trotzdem gezeichnet</translation>
        </message>
        <message>
            <source>the trigger wire into this function</source>
            <translation>die Auslöser-Verbindung zu dieser Funktion</translation>
        </message>
        <message>
            <source>the bucket sends its events to EventBridge, but no rule of this template matches them</source>
            <translation>der Bucket sendet seine Ereignisse an EventBridge, aber keine Regel dieser Vorlage passt darauf</translation>
        </message>
        <message>
            <source>a %1 subscription reaches people or devices, not a resource: no wire is drawn</source>
            <translation>ein %1-Abonnement erreicht Menschen oder Geräte, keine Ressource: keine Verbindung wird gezeichnet</translation>
        </message>
        <message>
            <source>%1 task</source>
            <translation>Task %1</translation>
        </message>
        <message>
            <source>the task this rule runs</source>
            <translation>der Task, den diese Regel ausführt</translation>
        </message>
        <message>
            <source>the rule is disabled</source>
            <translation>die Regel ist deaktiviert</translation>
        </message>
        <message>
            <source>%1 URL</source>
            <translation>URL von %1</translation>
        </message>
        <message>
            <source>retries and destinations of this function</source>
            <translation>Wiederholungen und Ziele dieser Funktion</translation>
        </message>
        <message>
            <source>Alexa skill</source>
            <translation>Alexa-Skill</translation>
        </message>
        <message>
            <source>the Alexa skill's trigger wire</source>
            <translation>die Auslöser-Verbindung des Alexa-Skills</translation>
        </message>
        <message>
            <source>a wire from this topic</source>
            <translation>eine Verbindung von diesem Topic</translation>
        </message>
        <message>
            <source>a wire from this API</source>
            <translation>eine Verbindung von dieser API</translation>
        </message>
        <message>
            <source>the log group's trigger wire</source>
            <translation>die Auslöser-Verbindung der Protokollgruppe</translation>
        </message>
        <message>
            <source>refers to %1, which is not in this source: drawn as a %2 node of its own</source>
            <translation>verweist auf %1, das nicht in dieser Quelle ist: als eigener %2-Knoten gezeichnet</translation>
        </message>
        <message>
            <source>%1 is not a valid %2 (%3); the default %4 is kept</source>
            <translation>%1 ist kein gültiger Wert für %2 (%3); der Standardwert %4 bleibt</translation>
        </message>
        <message>
            <source>the schedule's rate is out of range; no traffic is set</source>
            <translation>die Rate des Zeitplans liegt außerhalb des Bereichs; kein Verkehr wird festgelegt</translation>
        </message>
        <message>
            <source>the wire %1 → %2 is not drawn: %3</source>
            <translation>die Verbindung %1 → %2 wird nicht gezeichnet: %3</translation>
        </message>
        <message>
            <source>an event without a Type: no wire is drawn</source>
            <translation>ein Ereignis ohne Type: keine Verbindung wird gezeichnet</translation>
        </message>
        <message>
            <source>the event names no %1: no wire is drawn</source>
            <translation>das Ereignis nennt kein %1: keine Verbindung wird gezeichnet</translation>
        </message>
        <message>
            <source>the event is disabled; the wire is drawn all the same</source>
            <translation>das Ereignis ist deaktiviert; die Verbindung wird trotzdem gezeichnet</translation>
        </message>
        <message>
            <source>the rule is disabled; the wire is drawn all the same</source>
            <translation>die Regel ist deaktiviert; die Verbindung wird trotzdem gezeichnet</translation>
        </message>
        <message>
            <source>the event type %1 is not known: no wire is drawn</source>
            <translation>der Ereignistyp %1 ist unbekannt: keine Verbindung wird gezeichnet</translation>
        </message>
        <message>
            <source>puts events on the default bus, but no rule of this template reads them</source>
            <translation>legt Ereignisse auf den Standard-Bus, aber keine Regel dieser Vorlage liest sie</translation>
        </message>
        <message>
            <source>one function invokes another directly: the canvas draws no compute-to-compute wire (put a queue or a topic between them)</source>
            <translation>eine Funktion ruft eine andere direkt auf: die Zeichenfläche zeichnet keine Verbindung von Compute zu Compute (setzen Sie eine Warteschlange oder ein Topic dazwischen)</translation>
        </message>
        <message>
            <source>the policy template names no %1: no wire is drawn</source>
            <translation>die Richtlinienvorlage nennt kein %1: keine Verbindung wird gezeichnet</translation>
        </message>
        <message>
            <source>a read permission</source>
            <translation>eine Leseberechtigung</translation>
        </message>
        <message>
            <source>a write wire</source>
            <translation>eine Schreibverbindung</translation>
        </message>
        <message>
            <source>nested more than %1 levels deep</source>
            <translation>mehr als %1 Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <source>a key has no value</source>
            <translation>ein Schlüssel hat keinen Wert</translation>
        </message>
        <message>
            <source>the key '%1' appears twice</source>
            <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
        </message>
        <message>
            <source>an alias names no anchor defined before it</source>
            <translation>ein Alias nennt keinen zuvor definierten Anker</translation>
        </message>
        <message>
            <source>more than %1 values (counting every expansion of a YAML alias)</source>
            <translation>mehr als %1 Werte (jede Expansion eines YAML-Alias mitgezählt)</translation>
        </message>
        <message>
            <source>'%1' is not a valid !!%2</source>
            <translation>„%1“ ist kein gültiges !!%2</translation>
        </message>
        <message>
            <source>the YAML type !!%1 is not supported in templates</source>
            <translation>der YAML-Typ !!%1 wird in Vorlagen nicht unterstützt</translation>
        </message>
        <message>
            <source>unknown tag %1</source>
            <translation>unbekanntes Tag %1</translation>
        </message>
        <message>
            <source>unknown tag %1 (CloudFormation knows !Ref, !GetAtt, !Sub, !Join, !If, !Select, !Split, !ImportValue, !FindInMap, !GetAZs, !Base64, !Cidr, !Equals, !And, !Or, !Not, !Condition and a few more)</source>
            <translation>unbekanntes Tag %1 (CloudFormation kennt !Ref, !GetAtt, !Sub, !Join, !If, !Select, !Split, !ImportValue, !FindInMap, !GetAZs, !Base64, !Cidr, !Equals, !And, !Or, !Not, !Condition und einige mehr)</translation>
        </message>
        <message>
            <source>a key must be a plain value, not a map or a list</source>
            <translation>ein Schlüssel muss ein einfacher Wert sein, keine Zuordnung und keine Liste</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>this is binary data, not a text template (a zero byte at offset %1)</source>
            <translation>das sind Binärdaten, keine Textvorlage (ein Nullbyte an Position %1)</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (line %1, column %2)</source>
            <translation>die Datei ist kein UTF-8-Text (Zeile %1, Spalte %2)</translation>
        </message>
        <message>
            <source>the file holds no YAML document</source>
            <translation>die Datei enthält kein YAML-Dokument</translation>
        </message>
        <message>
            <source>line %1: a tab in the indentation; YAML indents with spaces only</source>
            <translation>Zeile %1: ein Tabulator in der Einrückung; YAML rückt nur mit Leerzeichen ein</translation>
        </message>
        <message>
            <source>not valid YAML at line %1, column %2: %3</source>
            <translation>kein gültiges YAML in Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>not valid JSON at line %1, column %2: %3</source>
            <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>unreadable file: %1</source>
            <translation>unlesbare Datei: %1</translation>
        </message>
        <message>
            <source>not an AWS resource</source>
            <translation>keine AWS-Ressource</translation>
        </message>
        <message>
            <source>more than %1 resources</source>
            <translation>mehr als %1 Ressourcen</translation>
        </message>
        <message>
            <source>a data source: read, not managed here</source>
            <translation>eine Datenquelle: gelesen, hier nicht verwaltet</translation>
        </message>
        <message>
            <source>the task definition is not in this source: the task size keeps its defaults</source>
            <translation>die Task-Definition ist nicht in dieser Quelle: die Task-Größe behält ihre Standardwerte</translation>
        </message>
        <message>
            <source>the instances the service runs on are not in this source: the instance type and counts keep their defaults</source>
            <translation>die Instanzen, auf denen der Dienst läuft, sind nicht in dieser Quelle: Instanztyp und Anzahlen behalten ihre Standardwerte</translation>
        </message>
        <message>
            <source>the table's stream is read here, but the source does not enable it; it is shown on</source>
            <translation>der Stream der Tabelle wird hier gelesen, aber die Quelle aktiviert ihn nicht; er wird als aktiv dargestellt</translation>
        </message>
        <message>
            <source>a target registered behind a load balancer</source>
            <translation>ein hinter einem Load Balancer registriertes Ziel</translation>
        </message>
        <message>
            <source>the bucket sends its events to EventBridge, but no rule of this source matches them</source>
            <translation>der Bucket sendet seine Ereignisse an EventBridge, aber keine Regel dieser Quelle passt darauf</translation>
        </message>
        <message>
            <source>the bucket's notification wires</source>
            <translation>die Benachrichtigungs-Verbindungen des Buckets</translation>
        </message>
        <message>
            <source>a wire from this rule</source>
            <translation>eine Verbindung von dieser Regel</translation>
        </message>
        <message>
            <source>a wire from this table</source>
            <translation>eine Verbindung von dieser Tabelle</translation>
        </message>
        <message>
            <source>expected an object with a root_module</source>
            <translation>erwartet ein Objekt mit einem root_module</translation>
        </message>
        <message>
            <source>failed messages move to %1, but no function of this source polls the queue: no failure route is drawn</source>
            <translation>fehlgeschlagene Nachrichten wandern nach %1, aber keine Funktion dieser Quelle fragt die Warteschlange ab: keine Fehlerroute wird gezeichnet</translation>
        </message>
        <message>
            <source>the dead-letter queue of this queue</source>
            <translation>die Dead-Letter-Warteschlange dieser Warteschlange</translation>
        </message>
        <message>
            <source>the subscription's protocol is not resolved: no wire is drawn</source>
            <translation>das Protokoll des Abonnements ist nicht aufgelöst: keine Verbindung wird gezeichnet</translation>
        </message>
    </context>
    <context>
        <name>TitleBlock</name>
        <message>
            <source>Untitled diagram</source>
            <translation>Unbenanntes Diagramm</translation>
        </message>
        <message>
            <source>%1 services, %2 wires · %3</source>
            <translation>%1 Dienste, %2 Verbindungen · %3</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATUM</translation>
        </message>
        <message>
            <source>AUTHOR</source>
            <translation>AUTOR</translation>
        </message>
    </context>
    <context>
        <name>Wiring</name>
        <message>
            <source>sync</source>
            <translation>synchron</translation>
        </message>
        <message>
            <source>async</source>
            <translation>asynchron</translation>
        </message>
        <message>
            <source>stream</source>
            <translation>Stream</translation>
        </message>
        <message>
            <source>queue</source>
            <translation>Warteschlange</translation>
        </message>
        <message>
            <source>write</source>
            <translation>Schreiben</translation>
        </message>
        <message>
            <source>on failure</source>
            <translation>bei Fehler</translation>
        </message>
        <message>
            <source>Synchronous push: the caller waits for the response. When the target is out of capacity the caller gets an error at once (HTTP 429 for Lambda).</source>
            <translation>Synchroner Push: Der Aufrufer wartet auf die Antwort. Hat das Ziel keine Kapazität mehr, erhält der Aufrufer sofort einen Fehler (HTTP 429 bei Lambda).</translation>
        </message>
        <message>
            <source>Asynchronous push: the event is handed over and queued; the source does not wait. Lambda retries failed events twice and keeps them up to 6 hours, then drops them or sends them to a failure destination.</source>
            <translation>Asynchroner Push: Das Ereignis wird übergeben und in eine Warteschlange gestellt; die Quelle wartet nicht. Lambda wiederholt fehlgeschlagene Ereignisse zweimal und hält sie bis zu 6 Stunden vor, dann verwirft es sie oder sendet sie an ein Fehlerziel.</translation>
        </message>
        <message>
            <source>Stream poll: the consumer polls each shard in order. Concurrency is at most shards × parallelization factor; a slow consumer builds a backlog and the iterator age grows.</source>
            <translation>Stream-Abfrage: Der Consumer fragt jeden Shard der Reihe nach ab. Die Parallelität beträgt höchstens Shards × Parallelisierungsfaktor; ein langsamer Consumer baut einen Rückstau auf und das Iterator-Alter wächst.</translation>
        </message>
        <message>
            <source>Queue poll: consumers poll the queue in batches and scale on its depth. Messages wait in the queue instead of being refused.</source>
            <translation>Warteschlangen-Abfrage: Consumer fragen die Warteschlange stapelweise ab und skalieren nach ihrer Tiefe. Nachrichten warten in der Warteschlange, statt abgelehnt zu werden.</translation>
        </message>
        <message>
            <source>Write: the compute puts data into this service, which may in turn trigger more compute.</source>
            <translation>Schreiben: Das Compute legt Daten in diesem Dienst ab, was wiederum weiteres Compute auslösen kann.</translation>
        </message>
        <message>
            <source>On failure: asynchronous events that still fail after their retries are sent here (a dead-letter queue or on-failure destination) instead of being lost.</source>
            <translation>Bei Fehler: Asynchrone Ereignisse, die nach ihren Wiederholungen weiterhin fehlschlagen, werden hierhin gesendet (eine Dead-Letter-Queue oder ein Fehlerziel), statt verloren zu gehen.</translation>
        </message>
    </context>
    <context>
        <name>WiringRules</name>
        <message>
            <source>Unknown service kind.</source>
            <translation>Unbekannte Dienstart.</translation>
        </message>
        <message>
            <source>A service cannot be wired to itself.</source>
            <translation>Ein Dienst kann nicht mit sich selbst verbunden werden.</translation>
        </message>
        <message>
            <source>A wire from %1 to %2 can only be a %3 wire.</source>
            <translation>Eine Verbindung von %1 zu %2 kann nur eine %3-Verbindung sein.</translation>
        </message>
        <message>
            <source>Invokes the function synchronously and waits for its response.</source>
            <translation>Ruft die Funktion synchron auf und wartet auf ihre Antwort.</translation>
        </message>
        <message>
            <source>Forwards HTTP requests to the service (an HTTP integration; API Gateway reaches private services through a VPC link).</source>
            <translation>Leitet HTTP-Anfragen an den Dienst weiter (eine HTTP-Integration; API Gateway erreicht private Dienste über einen VPC-Link).</translation>
        </message>
        <message>
            <source>The skill invokes the function synchronously for each request.</source>
            <translation>Der Skill ruft die Funktion für jede Anfrage synchron auf.</translation>
        </message>
        <message>
            <source>Alexa skills call a Lambda function: wire the skill to Lambda and call %1 from there.</source>
            <translation>Alexa-Skills rufen eine Lambda-Funktion auf: Verbinden Sie den Skill mit Lambda und rufen Sie %1 von dort auf.</translation>
        </message>
        <message>
            <source>Object events invoke the function asynchronously.</source>
            <translation>Objektereignisse rufen die Funktion asynchron auf.</translation>
        </message>
        <message>
            <source>S3 event notifications reach only Lambda, SNS, SQS and EventBridge: route through SNS, SQS or EventBridge to reach %1.</source>
            <translation>S3-Ereignisbenachrichtigungen erreichen nur Lambda, SNS, SQS und EventBridge: Leiten Sie über SNS, SQS oder EventBridge, um %1 zu erreichen.</translation>
        </message>
        <message>
            <source>Each message is pushed asynchronously to the function; every subscriber gets its own copy (fan-out).</source>
            <translation>Jede Nachricht wird asynchron an die Funktion gesendet; jeder Abonnent erhält eine eigene Kopie (Fan-out).</translation>
        </message>
        <message>
            <source>Messages are pushed to the service through an HTTP/S subscription; every subscriber gets its own copy.</source>
            <translation>Nachrichten werden über ein HTTP/S-Abonnement an den Dienst gesendet; jeder Abonnent erhält eine eigene Kopie.</translation>
        </message>
        <message>
            <source>Matching events (or the schedule) invoke the function asynchronously.</source>
            <translation>Passende Ereignisse (oder der Zeitplan) rufen die Funktion asynchron auf.</translation>
        </message>
        <message>
            <source>EventBridge cannot target an EC2 Auto Scaling group: send the events to an SQS queue the instances poll, or to Lambda.</source>
            <translation>EventBridge kann keine EC2 Auto Scaling-Gruppe als Ziel haben: Senden Sie die Ereignisse an eine SQS-Warteschlange, die die Instanzen abfragen, oder an Lambda.</translation>
        </message>
        <message>
            <source>Matching events start a task (ECS RunTask) or call the service's HTTP endpoint (an API destination).</source>
            <translation>Passende Ereignisse starten eine Aufgabe (ECS RunTask) oder rufen den HTTP-Endpunkt des Dienstes auf (ein API-Ziel).</translation>
        </message>
        <message>
            <source>The Config rule invokes the function asynchronously to evaluate a resource.</source>
            <translation>Die Config-Regel ruft die Funktion asynchron auf, um eine Ressource zu bewerten.</translation>
        </message>
        <message>
            <source>Config rules invoke only Lambda: route Config's change events through EventBridge or SNS into an SQS queue, or use Lambda.</source>
            <translation>Config-Regeln rufen nur Lambda auf: Leiten Sie die Änderungsereignisse von Config über EventBridge oder SNS in eine SQS-Warteschlange, oder verwenden Sie Lambda.</translation>
        </message>
        <message>
            <source>The IoT rule invokes the function asynchronously. (Older notes list IoT as a synchronous source; the Lambda documentation lists it as asynchronous.)</source>
            <translation>Die IoT-Regel ruft die Funktion asynchron auf. (Ältere Hinweise führen IoT als synchrone Quelle; die Lambda-Dokumentation führt sie als asynchron.)</translation>
        </message>
        <message>
            <source>IoT rules cannot call %1 directly: route the rule to an SQS queue or a Kinesis stream and consume that.</source>
            <translation>IoT-Regeln können %1 nicht direkt aufrufen: Leiten Sie die Regel an eine SQS-Warteschlange oder einen Kinesis-Stream und verarbeiten Sie diesen.</translation>
        </message>
        <message>
            <source>Lambda polls each shard and invokes the function with batches of records, in order per shard.</source>
            <translation>Lambda fragt jeden Shard ab und ruft die Funktion mit Stapeln von Datensätzen auf, pro Shard in Reihenfolge.</translation>
        </message>
        <message>
            <source>The consumer application polls the shards (KCL or enhanced fan-out); one worker per shard keeps order.</source>
            <translation>Die Consumer-Anwendung fragt die Shards ab (KCL oder Enhanced Fan-out); ein Worker pro Shard wahrt die Reihenfolge.</translation>
        </message>
        <message>
            <source>DynamoDB Streams triggers only Lambda: use a Lambda function, or stream the table into Kinesis and consume that from %1.</source>
            <translation>DynamoDB Streams löst nur Lambda aus: Verwenden Sie eine Lambda-Funktion, oder streamen Sie die Tabelle in Kinesis und verarbeiten Sie diesen Stream mit %1.</translation>
        </message>
        <message>
            <source>The table's stream is off: enable the table's stream (Stream enabled, in the inspector) to trigger the function.</source>
            <translation>Der Stream der Tabelle ist aus: Aktivieren Sie den Stream der Tabelle (Stream enabled, im Inspektor), um die Funktion auszulösen.</translation>
        </message>
        <message>
            <source>Lambda polls the table's stream shards and invokes the function with batches of item changes.</source>
            <translation>Lambda fragt die Stream-Shards der Tabelle ab und ruft die Funktion mit Stapeln von Elementänderungen auf.</translation>
        </message>
        <message>
            <source>Lambda's pollers receive batches of messages and invoke the function; failed messages return to the queue.</source>
            <translation>Die Poller von Lambda empfangen Nachrichtenstapel und rufen die Funktion auf; fehlgeschlagene Nachrichten kehren in die Warteschlange zurück.</translation>
        </message>
        <message>
            <source>Workers poll the queue and scale on its depth.</source>
            <translation>Worker fragen die Warteschlange ab und skalieren nach ihrer Tiefe.</translation>
        </message>
        <message>
            <source>OpenSearch is a destination, not an event source: wire compute to it to write data.</source>
            <translation>OpenSearch ist ein Ziel, keine Ereignisquelle: Verbinden Sie Compute damit, um Daten zu schreiben.</translation>
        </message>
        <message>
            <source>%1 cannot deliver events to %2.</source>
            <translation>%1 kann keine Ereignisse an %2 zustellen.</translation>
        </message>
        <message>
            <source>S3 sends object event notifications here asynchronously.</source>
            <translation>S3 sendet Objekt-Ereignisbenachrichtigungen asynchron hierhin.</translation>
        </message>
        <message>
            <source>The queue subscribes to the topic: each message is copied into it (fan-out with buffering).</source>
            <translation>Die Warteschlange abonniert das Topic: Jede Nachricht wird hineinkopiert (Fan-out mit Pufferung).</translation>
        </message>
        <message>
            <source>Matching events are delivered to this target asynchronously.</source>
            <translation>Passende Ereignisse werden asynchron an dieses Ziel zugestellt.</translation>
        </message>
        <message>
            <source>AWS Config publishes configuration and compliance changes here.</source>
            <translation>AWS Config veröffentlicht Konfigurations- und Compliance-Änderungen hier.</translation>
        </message>
        <message>
            <source>An IoT rule action delivers matching messages here.</source>
            <translation>Eine IoT-Regelaktion stellt passende Nachrichten hierhin zu.</translation>
        </message>
        <message>
            <source>Kinesis Data Streams for DynamoDB copies every item change into the stream.</source>
            <translation>Kinesis Data Streams for DynamoDB kopiert jede Elementänderung in den Stream.</translation>
        </message>
        <message>
            <source>A direct AWS service integration: the API calls the service itself, with no function in between.</source>
            <translation>Eine direkte AWS-Service-Integration: Die API ruft den Dienst selbst auf, ohne Funktion dazwischen.</translation>
        </message>
        <message>
            <source>OpenSearch is a destination, not an event source.</source>
            <translation>OpenSearch ist ein Ziel, keine Ereignisquelle.</translation>
        </message>
        <message>
            <source>A load balancer forwards only to targets: Lambda functions, or the instances and tasks of EC2, ECS and EKS.</source>
            <translation>Ein Load Balancer leitet nur an Ziele weiter: Lambda-Funktionen oder die Instanzen und Aufgaben von EC2, ECS und EKS.</translation>
        </message>
        <message>
            <source>A queue is polled by its consumers: wire it to Lambda or to a worker service (ECS, EKS, EC2).</source>
            <translation>Eine Warteschlange wird von ihren Consumern abgefragt: Verbinden Sie sie mit Lambda oder einem Worker-Dienst (ECS, EKS, EC2).</translation>
        </message>
        <message>
            <source>A stream is read by consumers: wire it to Lambda or to a consumer service, and write to %1 from there.</source>
            <translation>Ein Stream wird von Consumern gelesen: Verbinden Sie ihn mit Lambda oder einem Consumer-Dienst und schreiben Sie von dort in %1.</translation>
        </message>
        <message>
            <source>Alexa skills call a Lambda function: wire the skill to Lambda.</source>
            <translation>Alexa-Skills rufen eine Lambda-Funktion auf: Verbinden Sie den Skill mit Lambda.</translation>
        </message>
        <message>
            <source>%1 cannot deliver events to %2: put compute in between, or route through SNS, SQS or EventBridge where they allow it.</source>
            <translation>%1 kann keine Ereignisse an %2 zustellen: Setzen Sie Compute dazwischen oder leiten Sie über SNS, SQS oder EventBridge, wo diese es erlauben.</translation>
        </message>
        <message>
            <source>Compute does not call compute directly on this canvas: put a queue, a topic, EventBridge or an API between them so the call has a model.</source>
            <translation>Compute ruft auf dieser Zeichenfläche kein Compute direkt auf: Setzen Sie eine Warteschlange, ein Topic, EventBridge oder eine API dazwischen, damit der Aufruf ein Modell hat.</translation>
        </message>
        <message>
            <source>%1 is an event source, not a destination compute can write to.</source>
            <translation>%1 ist eine Ereignisquelle, kein Ziel, in das Compute schreiben kann.</translation>
        </message>
        <message>
            <source>The compute writes data here, which may trigger more compute.</source>
            <translation>Das Compute schreibt hier Daten, was weiteres Compute auslösen kann.</translation>
        </message>
        <message>
            <source>Only a Lambda function can send failed asynchronous events to a failure destination, and only to an SQS queue or SNS topic.</source>
            <translation>Nur eine Lambda-Funktion kann fehlgeschlagene asynchrone Ereignisse an ein Fehlerziel senden, und nur an eine SQS-Warteschlange oder ein SNS-Topic.</translation>
        </message>
        <message>
            <source>Asynchronous events that still fail after their retries are sent here instead of being dropped.</source>
            <translation>Asynchrone Ereignisse, die nach ihren Wiederholungen weiterhin fehlschlagen, werden hierhin gesendet, statt verworfen zu werden.</translation>
        </message>
        <message>
            <source>A wire from compute is a write or a failure route, not a trigger.</source>
            <translation>Eine Verbindung von Compute ist eine Schreib- oder Fehlerroute, kein Auslöser.</translation>
        </message>
        <message>
            <source>%1: ✗ %2</source>
            <translation>%1: ✗ %2</translation>
        </message>
        <message>
            <source>%1: ✓ %2</source>
            <translation>%1: ✓ %2</translation>
        </message>
        <message>
            <source>The compute writes to this resource. Archscope does not check wires to or from resources it has no kind for.</source>
            <translation>Das Compute schreibt in diese Ressource. Archscope prüft keine Verbindungen zu oder von Ressourcen, für die es keine Art kennt.</translation>
        </message>
        <message>
            <source>The external resource delivers events here (%1, its “Invokes targets” setting). Archscope does not check wires to or from resources it has no kind for.</source>
            <translation>Die externe Ressource liefert Ereignisse hierher (%1, ihre Einstellung „Ruft Ziele auf“). Archscope prüft keine Verbindungen zu oder von Ressourcen, für die es keine Art kennt.</translation>
        </message>
        <message>
            <source>%1 delivers events to this resource as it would to a function (%2). Archscope does not check wires to or from resources it has no kind for.</source>
            <translation>%1 liefert Ereignisse an diese Ressource wie an eine Funktion (%2). Archscope prüft keine Verbindungen zu oder von Ressourcen, für die es keine Art kennt.</translation>
        </message>
    </context>
    <context>
        <name>archscope::ChartsPanel</name>
        <message>
            <source>Free tier</source>
            <translation>Kostenloses Kontingent</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>belegt</translation>
        </message>
        <message>
            <source>Cold starts</source>
            <translation>Kaltstarts</translation>
        </message>
        <message>
            <source>Cumulative cost (list price)</source>
            <translation>Kumulierte Kosten (Listenpreis)</translation>
        </message>
        <message>
            <source>USD</source>
            <translation>USD</translation>
        </message>
        <message>
            <source>1 s</source>
            <translation>1 s</translation>
        </message>
        <message>
            <source>10 s</source>
            <translation>10 s</translation>
        </message>
        <message>
            <source>1 min</source>
            <translation>1 min</translation>
        </message>
        <message>
            <source>5 min</source>
            <translation>5 min</translation>
        </message>
        <message>
            <source>1 h</source>
            <translation>1 h</translation>
        </message>
        <message>
            <source>Simulated horizon</source>
            <translation>Simulierter Zeitraum</translation>
        </message>
        <message>
            <source>Simulation step</source>
            <translation>Simulationsschritt</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Zufallsstartwert</translation>
        </message>
        <message>
            <source>Apply the monthly free tier</source>
            <translation>Monatliches kostenloses Kontingent anwenden</translation>
        </message>
        <message>
            <source>Play: move a time cursor through the simulated horizon; the canvas shows each node's value at that time</source>
            <translation>Abspielen: einen Zeitcursor durch den simulierten Zeitraum bewegen; die Zeichenfläche zeigt den Wert jedes Knotens zu diesem Zeitpunkt</translation>
        </message>
        <message>
            <source>Play the simulation</source>
            <translation>Simulation abspielen</translation>
        </message>
        <message>
            <source>Stop: the canvas shows the peaks again</source>
            <translation>Stopp: Die Zeichenfläche zeigt wieder die Spitzenwerte</translation>
        </message>
        <message>
            <source>Stop playing and show the peaks</source>
            <translation>Abspielen beenden und Spitzenwerte anzeigen</translation>
        </message>
        <message>
            <source>Simulated time</source>
            <translation>Simulierte Zeit</translation>
        </message>
        <message>
            <source>Drag to see the canvas at a moment of the simulation</source>
            <translation>Ziehen, um die Zeichenfläche zu einem Zeitpunkt der Simulation zu sehen</translation>
        </message>
        <message>
            <source>day 30, 23:59</source>
            <translation>Tag 30, 23:59</translation>
        </message>
        <message>
            <source>Simulated time shown</source>
            <translation>Angezeigte simulierte Zeit</translation>
        </message>
        <message>
            <source>Horizon:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>Schritt:</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Startwert:</translation>
        </message>
        <message>
            <source>Service and item</source>
            <translation>Dienst und Posten</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Cost breakdown by service and item</source>
            <translation>Kostenaufschlüsselung nach Dienst und Posten</translation>
        </message>
        <message>
            <source>Concurrency</source>
            <translation>Parallelität</translation>
        </message>
        <message>
            <source>Throttles and backlog</source>
            <translation>Drosselung und Rückstau</translation>
        </message>
        <message>
            <source>Cost over time</source>
            <translation>Kosten über die Zeit</translation>
        </message>
        <message>
            <source>Cost breakdown</source>
            <translation>Kostenaufschlüsselung</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>Was-wäre-wenn</translation>
        </message>
        <message>
            <source>Power tuning</source>
            <translation>Power-Tuning</translation>
        </message>
        <message>
            <source>Pause the simulation</source>
            <translation>Simulation anhalten</translation>
        </message>
        <message>
            <source>peaks</source>
            <translation>Spitzen</translation>
        </message>
        <message>
            <source>day %1, %2</source>
            <translation>Tag %1, %2</translation>
        </message>
        <message>
            <source>Not simulated: %1</source>
            <translation>Nicht simuliert: %1</translation>
        </message>
        <message>
            <source>No simulation yet</source>
            <translation>Noch keine Simulation</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; over %2 days · about &lt;b&gt;%3&lt;/b&gt; a month</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; über %2 Tage · etwa &lt;b&gt;%3&lt;/b&gt; pro Monat</translation>
        </message>
        <message>
            <source>Simulated with %1 list prices as of %2%3. Series are decimated to %4 buckets of %5 s.</source>
            <translation>Simuliert mit %1-Listenpreisen, Stand %2%3. Reihen sind auf %4 Intervalle zu je %5 s reduziert.</translation>
        </message>
        <message>
            <source>, free tier applied</source>
            <translation>, kostenloses Kontingent angewendet</translation>
        </message>
        <message>
            <source>Request by request</source>
            <translation>Anfrage für Anfrage</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Ereignisse/s</translation>
        </message>
        <message>
            <source>events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>starts/s</source>
            <translation>Starts/s</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a service's label and its id</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Concurrency: no compute service ran</source>
            <translation>Parallelität: kein Rechendienst ist gelaufen</translation>
        </message>
        <message>
            <source>Backlog: none in this run</source>
            <translation>Rückstau: keiner in diesem Lauf</translation>
        </message>
        <message>
            <source>Cold starts: none in this run</source>
            <translation>Kaltstarts: keine in diesem Lauf</translation>
        </message>
        <message>
            <source>Whole diagram: %1</source>
            <translation>Gesamtes Diagramm: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Cumulative cost at list price: the whole diagram and its %n costliest services</source>
            <translation>
                <numerusform>Kumulierte Kosten zum Listenpreis: das gesamte Diagramm und sein teuerster Dienst</numerusform>
                <numerusform>Kumulierte Kosten zum Listenpreis: das gesamte Diagramm und seine %n teuersten Dienste</numerusform>
            </translation>
        </message>
        <message>
            <source>Cumulative cost at list price: the whole diagram and the selected %1</source>
            <translation>Kumulierte Kosten zum Listenpreis: das gesamte Diagramm und der ausgewählte Dienst %1</translation>
        </message>
        <message numerus="yes">
            <source>Cumulative cost at list price: the whole diagram and the %n selected services</source>
            <translation>
                <numerusform>Kumulierte Kosten zum Listenpreis: das gesamte Diagramm und der ausgewählte Dienst</numerusform>
                <numerusform>Kumulierte Kosten zum Listenpreis: das gesamte Diagramm und die %n ausgewählten Dienste</numerusform>
            </translation>
        </message>
        <message>
            <source> (before the free tier)</source>
            <translation> (vor dem kostenlosen Kontingent)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a service's label and its kind</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 · Duration p99 %2</source>
            <comment>a node's name and its p99 duration</comment>
            <translation>%1 · Duration p99 %2</translation>
        </message>
        <message>
            <source>%1 · Throttles %2 · Invocations %3</source>
            <comment>a node's name, its throttles and invocations over the run</comment>
            <translation>%1 · Throttles %2 · Invocations %3</translation>
        </message>
        <message>
            <source>%1 up to %2</source>
            <comment>an age metric and its largest value: IteratorAge up to 12 s</comment>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>Throttles: none in this run</source>
            <translation>Throttles: keine in diesem Lauf</translation>
        </message>
        <message>
            <source>ConcurrentExecutions (Maximum per minute): environments busy; fleets: tasks or instances</source>
            <translation>ConcurrentExecutions (Maximum pro Minute): belegte Umgebungen; Flotten: Tasks oder Instanzen</translation>
        </message>
        <message>
            <source>Throttles per second: events refused or made to wait</source>
            <translation>Throttles pro Sekunde: abgewiesene oder wartende Ereignisse</translation>
        </message>
        <message>
            <source>Backlog: events waiting, with the oldest one's age</source>
            <translation>Rückstau: wartende Ereignisse, mit dem Alter des ältesten</translation>
        </message>
        <message>
            <source>Cold starts: new execution environments per second</source>
            <translation>Kaltstarts: neue Ausführungsumgebungen pro Sekunde</translation>
        </message>
    </context>
    <context>
        <name>archscope::DiagramScene</name>
        <message>
            <source>Move</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>✓ %1: %2</source>
            <translation>✓ %1: %2</translation>
        </message>
        <message>
            <source>✗ %1</source>
            <translation>✗ %1</translation>
        </message>
        <message>
            <source>Wire refused: %1</source>
            <translation>Verbindung abgelehnt: %1</translation>
        </message>
        <message>
            <source>now %1 · %2 %</source>
            <translation>jetzt %1 · %2 %</translation>
        </message>
        <message>
            <source>now %1 %2 · %3 %</source>
            <translation>jetzt %1 %2 · %3 %</translation>
        </message>
        <message>
            <source>backlog %1</source>
            <translation>Rückstau %1</translation>
        </message>
        <message>
            <source>Wiring from %1: select the target (Tab or click), then press Enter; Escape cancels.</source>
            <translation>Verbinden von %1: Ziel auswählen (Tab oder Klick), dann Enter drücken; Escape bricht ab.</translation>
        </message>
        <message>
            <source>Wiring cancelled: select exactly one other service as the target.</source>
            <translation>Verbinden abgebrochen: Wählen Sie genau einen anderen Dienst als Ziel aus.</translation>
        </message>
        <message>
            <source>Wired: %1</source>
            <translation>Verbunden: %1</translation>
        </message>
        <message>
            <source>no traffic: set a rate</source>
            <translation>kein Verkehr: Rate festlegen</translation>
        </message>
        <message>
            <source>p99 %1</source>
            <comment>latency percentile</comment>
            <translation>p99 %1</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>peak %1 · %2</source>
            <translation>Spitze %1 · %2</translation>
        </message>
        <message>
            <source>%1 %2 · %3</source>
            <translation>%1 %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>archscope::DiagramView</name>
        <message>
            <source>Architecture canvas</source>
            <translation>Architektur-Zeichenfläche</translation>
        </message>
        <message>
            <source>Services and the wires between them. Drag from a service's right-hand port to wire it.</source>
            <translation>Dienste und die Verbindungen zwischen ihnen. Ziehen Sie vom rechten Anschluss eines Dienstes, um ihn zu verbinden.</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>Neuer Name</translation>
        </message>
    </context>
    <context>
        <name>archscope::ExactCheckView</name>
        <message>
            <source>Check the busiest hour request by request</source>
            <translation>Verkehrsreichste Stunde Anfrage für Anfrage prüfen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Simulate every request of the busiest hour of the simulation (Poisson arrivals, lognormal durations, every cap, pool and queue) and compare it with the fast model</source>
            <translation>Jede Anfrage der verkehrsreichsten Stunde der Simulation einzeln simulieren (Poisson-Ankünfte, lognormale Dauern, jede Grenze, jeder Pool und jede Warteschlange) und mit dem schnellen Modell vergleichen</translation>
        </message>
        <message>
            <source>Cancel the request-by-request check</source>
            <translation>Prüfung Anfrage für Anfrage abbrechen</translation>
        </message>
        <message>
            <source>Progress of the request-by-request check</source>
            <translation>Fortschritt der Prüfung Anfrage für Anfrage</translation>
        </message>
        <message>
            <source>Fast model and exact engine side by side</source>
            <translation>Schnelles Modell und exaktes Verfahren nebeneinander</translation>
        </message>
        <message>
            <source>Checking %1 to %2 request by request…</source>
            <translation>Prüfe %1 bis %2 Anfrage für Anfrage…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Cancelled; the table shows the previous check.</source>
            <translation>Abgebrochen; die Tabelle zeigt die vorige Prüfung.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>Not checked: %1</source>
            <translation>Nicht geprüft: %1</translation>
        </message>
        <message>
            <source>%1 to %2 of the simulation, request by request: %3 events (seed %4). Each cell: fast model / exact engine, over the same hour.</source>
            <translation>%1 bis %2 der Simulation, Anfrage für Anfrage: %3 Ereignisse (Seed %4). Jede Zelle: schnelles Modell / exaktes Verfahren, über dieselbe Stunde.</translation>
        </message>
        <message>
            <source>Check the busiest hour again</source>
            <translation>Verkehrsreichste Stunde erneut prüfen</translation>
        </message>
        <message>
            <source>Runs every request of the busiest hour and compares the figures with the fast model's.</source>
            <translation>Simuliert jede Anfrage der verkehrsreichsten Stunde und vergleicht die Werte mit denen des schnellen Modells.</translation>
        </message>
        <message>
            <source>day %1, %2</source>
            <translation>Tag %1, %2</translation>
        </message>
        <message>
            <source>Peak concurrency</source>
            <translation>Max. Parallelität</translation>
        </message>
        <message>
            <source>Throttled %</source>
            <translation>Gedrosselt %</translation>
        </message>
        <message>
            <source>Cold starts</source>
            <translation>Kaltstarts</translation>
        </message>
        <message>
            <source>Peak backlog</source>
            <translation>Max. Rückstau</translation>
        </message>
        <message>
            <source>Wait p99 (ms)</source>
            <translation>Wartezeit p99 (ms)</translation>
        </message>
        <message>
            <source>Latency p50 (ms)</source>
            <translation>Latenz p50 (ms)</translation>
        </message>
        <message>
            <source>Latency p99 (ms)</source>
            <translation>Latenz p99 (ms)</translation>
        </message>
        <message>
            <source>Node (stale: the diagram changed since this check)</source>
            <translation>Knoten (veraltet: das Diagramm wurde seit dieser Prüfung geändert)</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>%1: fast model / exact engine</source>
            <translation>%1: schnelles Modell / exaktes Verfahren</translation>
        </message>
        <message>
            <source>%1 of %2
Fast model: %3
Exact engine: %4</source>
            <translation>%1 von %2
Schnelles Modell: %3
Exaktes Verfahren: %4</translation>
        </message>
        <message>
            <source>The fast model gives no percentiles.</source>
            <translation>Das schnelle Modell liefert keine Perzentile.</translation>
        </message>
        <message>
            <source>The exact engine saw nothing of this kind in the window.</source>
            <translation>Das exakte Verfahren hat im Fenster nichts dieser Art gesehen.</translation>
        </message>
    </context>
    <context>
        <name>archscope::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>1× (as on screen)</source>
            <translation>1× (wie am Bildschirm)</translation>
        </message>
        <message>
            <source>2× (high DPI)</source>
            <translation>2× (hohe DPI)</translation>
        </message>
        <message>
            <source>4× (print)</source>
            <translation>4× (Druck)</translation>
        </message>
        <message>
            <source>Transparent background</source>
            <translation>Transparenter Hintergrund</translation>
        </message>
        <message>
            <source>Include the simulation (cost, concurrency)</source>
            <translation>Simulation einbeziehen (Kosten, Parallelität)</translation>
        </message>
        <message>
            <source>Shown in the title block and the report</source>
            <translation>Im Schriftfeld und im Bericht angezeigt</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Scale:</source>
            <translation>&amp;Skalierung:</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;Seitengröße:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Autor:</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>the SVG could not be read back</source>
            <translation>das SVG konnte nicht zurückgelesen werden</translation>
        </message>
        <message>
            <source>Cannot export: %1</source>
            <translation>Export nicht möglich: %1</translation>
        </message>
        <message>
            <source>
… (%1 more bytes)</source>
            <translation>
… (%1 weitere Bytes)</translation>
        </message>
        <message>
            <source>%1 — %2 KB</source>
            <translation>%1 — %2 KB</translation>
        </message>
        <message>
            <source> — %1 × %2 pixels</source>
            <translation> — %1 × %2 Pixel</translation>
        </message>
        <message>
            <source>diagram</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Export as %1</source>
            <translation>Als %1 exportieren</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>archscope::FileController</name>
        <message>
            <source>Archscope diagrams (*.archscope);;All files (*)</source>
            <translation>Archscope-Diagramme (*.archscope);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved. Save them first?</source>
            <translation>„%1“ hat nicht gespeicherte Änderungen. Zuerst speichern?</translation>
        </message>
        <message>
            <source>Cannot open diagram</source>
            <translation>Diagramm kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>“%1” could not be opened.</source>
            <translation>„%1“ konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 geöffnet</translation>
        </message>
        <message>
            <source>Open diagram</source>
            <translation>Diagramm öffnen</translation>
        </message>
        <message>
            <source>Cannot save diagram</source>
            <translation>Diagramm kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>The diagram was not saved; the file on disk is unchanged.</source>
            <translation>Das Diagramm wurde nicht gespeichert; die Datei auf dem Datenträger ist unverändert.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>Save diagram as</source>
            <translation>Diagramm speichern unter</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Discard every change since “%1” was last saved?</source>
            <translation>Alle Änderungen seit dem letzten Speichern von „%1“ verwerfen?</translation>
        </message>
    </context>
    <context>
        <name>archscope::HorizonSpinBox</name>
        <message>
            <source>1 day</source>
            <translation>1 Tag</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 Stunde</translation>
        </message>
        <message numerus="yes">
            <source>%n hours</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>archscope::ImportController</name>
        <message>
            <source>Templates and plans (%1);;All files (*)</source>
            <translation>Vorlagen und Pläne (%1);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import infrastructure</source>
            <translation>Infrastruktur importieren</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Import nicht möglich</translation>
        </message>
        <message>
            <source>“%1” could not be imported.</source>
            <translation>„%1“ konnte nicht importiert werden.</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nichts zu importieren</translation>
        </message>
        <message numerus="yes">
            <source>“%1” holds no resource Archscope can draw; %n resource(s) were ignored.</source>
            <translation>
                <numerusform>„%1“ enthält keine Ressource, die Archscope zeichnen kann; %n Ressource wurde übergangen.</numerusform>
                <numerusform>„%1“ enthält keine Ressource, die Archscope zeichnen kann; %n Ressourcen wurden übergangen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported %1</source>
            <translation>%1 importiert</translation>
        </message>
    </context>
    <context>
        <name>archscope::ImportSummaryDialog</name>
        <message>
            <source>Import summary</source>
            <translation>Importübersicht</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; imported</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; importiert</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Sources without traffic</source>
            <translation>Quellen ohne Verkehr</translation>
        </message>
        <message>
            <source>no rate set</source>
            <translation>keine Rate festgelegt</translation>
        </message>
        <message>
            <source>External (no kind in Archscope)</source>
            <translation>Extern (keine Art in Archscope)</translation>
        </message>
        <message>
            <source>Ignored</source>
            <translation>Übergangen</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>Mapped</source>
            <translation>Zugeordnet</translation>
        </message>
        <message numerus="yes">
            <source>A template holds no traffic: %n source(s) have no rate yet, so nothing flows. Click one to select it and set its rate in the inspector, or give them all a rate to start from.</source>
            <translation>
                <numerusform>Eine Vorlage enthält keinen Verkehr: %n Quelle hat noch keine Rate, daher fließt nichts. Klicken Sie darauf, um sie auszuwählen und ihre Rate im Inspektor festzulegen, oder geben Sie ihr eine Anfangsrate.</numerusform>
                <numerusform>Eine Vorlage enthält keinen Verkehr: %n Quellen haben noch keine Rate, daher fließt nichts. Klicken Sie auf eine, um sie auszuwählen und ihre Rate im Inspektor festzulegen, oder geben Sie allen eine Anfangsrate.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give each of them %1 event/s</source>
            <translation>Jeder davon %1 Ereignis/s geben</translation>
        </message>
    </context>
    <context>
        <name>archscope::InspectorWidget</name>
        <message>
            <source>Trigger</source>
            <translation>Auslöser</translation>
        </message>
        <message>
            <source>Write (put data)</source>
            <translation>Schreiben (Daten ablegen)</translation>
        </message>
        <message>
            <source>On failure (dead-letter)</source>
            <translation>Bei Fehler (Dead-Letter)</translation>
        </message>
        <message numerus="yes">
            <source>%n service</source>
            <translation>
                <numerusform>%n Dienst</numerusform>
                <numerusform>%n Dienste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n services</source>
            <translation>
                <numerusform>%n Dienst</numerusform>
                <numerusform>%n Dienste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wire</source>
            <translation>
                <numerusform>%n Verbindung</numerusform>
                <numerusform>%n Verbindungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wires</source>
            <translation>
                <numerusform>%n Verbindung</numerusform>
                <numerusform>%n Verbindungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <source>Learn</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>Explains the selected service or wire.</source>
            <translation>Erklärt den ausgewählten Dienst oder die ausgewählte Verbindung.</translation>
        </message>
        <message>
            <source>No diagram is open.</source>
            <translation>Kein Diagramm geöffnet.</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>The name shown on the canvas and in exports.</source>
            <translation>Der Name, der auf der Zeichenfläche und in Exporten angezeigt wird.</translation>
        </message>
        <message>
            <source>&amp;Label</source>
            <translation>&amp;Bezeichnung</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>The stable id used in the file and by exports; it never changes.</source>
            <translation>Die feste ID, die in der Datei und von Exporten verwendet wird; sie ändert sich nie.</translation>
        </message>
        <message>
            <source>This service kind is unknown to this version of Archscope; its settings are kept as they are.</source>
            <translation>Diese Dienstart ist dieser Archscope-Version unbekannt; ihre Einstellungen bleiben unverändert erhalten.</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Invocation model</source>
            <translation>Aufrufmodell</translation>
        </message>
        <message>
            <source>Invocation</source>
            <translation>Aufruf</translation>
        </message>
        <message>
            <source>What the wire does</source>
            <translation>Was die Verbindung tut</translation>
        </message>
        <message>
            <source>Why the wire is refused</source>
            <translation>Warum die Verbindung abgelehnt wird</translation>
        </message>
        <message>
            <source>Wire kind</source>
            <translation>Verbindungsart</translation>
        </message>
        <message>
            <source>This pair allows more than one kind of wire: a write puts data, an on-failure route receives failed asynchronous events.</source>
            <translation>Dieses Paar erlaubt mehr als eine Verbindungsart: Schreiben legt Daten ab, eine Fehlerroute empfängt fehlgeschlagene asynchrone Ereignisse.</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>%1 and %2 selected</source>
            <comment>services and wires</comment>
            <translation>%1 und %2 ausgewählt</translation>
        </message>
        <message>
            <source>%1 selected</source>
            <translation>%1 ausgewählt</translation>
        </message>
        <message>
            <source>None of its own: services write to it, and it triggers nothing. Wire it as a trigger to give it traffic.</source>
            <translation>Kein eigener: Dienste schreiben hinein, und er löst nichts aus. Verbinden Sie ihn als Auslöser, um ihm Verkehr zu geben.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Verkehr</translation>
        </message>
    </context>
    <context>
        <name>archscope::MainWindow</name>
        <message>
            <source>Zoom %1 %</source>
            <translation>Zoom %1 %</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektor</translation>
        </message>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;geöffnet&gt;</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>Rückgängig-Verlauf</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>New &amp;Window</source>
            <translation>Neues &amp;Fenster</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Öffnen…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>B&amp;eispiele</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Zu&amp;rücksetzen</translation>
        </message>
        <message>
            <source>&amp;Close Window</source>
            <translation>Fenster s&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Einfügen</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplizieren</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Alles aus&amp;wählen</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Umbe&amp;nennen</translation>
        </message>
        <message>
            <source>Auto-&amp;layout</source>
            <translation>Automatisches &amp;Layout</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>&amp;Fit Diagram</source>
            <translation>Diagramm ein&amp;passen</translation>
        </message>
        <message>
            <source>&amp;Snap to Grid</source>
            <translation>Am &amp;Raster ausrichten</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Archscope</source>
            <translation>Ü&amp;ber Archscope</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <source>Auto-layout</source>
            <translation>Automatisches Layout</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Keine zuletzt geöffneten Dateien</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Menü leeren</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1[*] — Archscope</source>
            <translation>%1[*] — Archscope</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n service(s)</source>
            <translation>
                <numerusform>%n Dienst kopiert</numerusform>
                <numerusform>%n Dienste kopiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to paste: %1</source>
            <translation>Nichts einzufügen: %1</translation>
        </message>
        <message>
            <source>Compute Advisor</source>
            <translation>Compute-Berater</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>Simulation</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>&amp;Wire To…</source>
            <translation>&amp;Verbinden mit…</translation>
        </message>
        <message>
            <source>&amp;Inspect</source>
            <translation>&amp;Inspizieren</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>Einstellun&amp;gen…</translation>
        </message>
        <message>
            <source>&amp;Workshop Mode</source>
            <translation>&amp;Workshop-Modus</translation>
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation>&amp;Erste Schritte</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Select one service to wire from, then choose Wire To (Ctrl+E).</source>
            <translation>Wählen Sie einen Dienst als Ausgangspunkt aus und wählen Sie dann „Verbinden mit“ (Strg+E).</translation>
        </message>
        <message>
            <source>Cannot restore diagram</source>
            <translation>Diagramm kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>A recovered copy could not be read, so it was left in %1.</source>
            <translation>Eine wiederhergestellte Kopie konnte nicht gelesen werden; sie wurde in %1 belassen.</translation>
        </message>
        <message>
            <source>Restored unsaved changes; save them to keep them.</source>
            <translation>Ungespeicherte Änderungen wiederhergestellt; speichern Sie sie, um sie zu behalten.</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>A SAM or CloudFormation template or a Terraform plan as a diagram</source>
            <translation>Eine SAM- oder CloudFormation-Vorlage oder einen Terraform-Plan als Diagramm</translation>
        </message>
    </context>
    <context>
        <name>archscope::PaletteWidget</name>
        <message>
            <source>Search services…</source>
            <translation>Dienste suchen…</translation>
        </message>
        <message>
            <source>Search services</source>
            <translation>Dienste suchen</translation>
        </message>
        <message>
            <source>Filters the services by name or description. Press Down to move into the list.</source>
            <translation>Filtert die Dienste nach Name oder Beschreibung. Drücken Sie Pfeil nach unten, um in die Liste zu wechseln.</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <source>Drag a service onto the canvas, or press Enter to add it.</source>
            <translation>Ziehen Sie einen Dienst auf die Zeichenfläche oder drücken Sie Enter, um ihn hinzuzufügen.</translation>
        </message>
        <message>
            <source>No service matches the search.</source>
            <translation>Kein Dienst entspricht der Suche.</translation>
        </message>
        <message>
            <source>%1 services</source>
            <translation>%1 Dienste</translation>
        </message>
    </context>
    <context>
        <name>archscope::PowerTuningView</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>Select one Lambda function to see its duration and cost against memory.</source>
            <translation>Wählen Sie eine Lambda-Funktion aus, um ihre Dauer und Kosten in Abhängigkeit vom Speicher zu sehen.</translation>
        </message>
        <message>
            <source>Duration and cost per million invocations against memory</source>
            <translation>Dauer und Kosten pro Million Aufrufe in Abhängigkeit vom Speicher</translation>
        </message>
        <message>
            <source>Apply the balanced memory</source>
            <translation>Ausgewogenen Speicher anwenden</translation>
        </message>
        <message>
            <source>Apply the cheapest memory</source>
            <translation>Günstigsten Speicher anwenden</translation>
        </message>
        <message>
            <source>Apply the fastest memory</source>
            <translation>Schnellsten Speicher anwenden</translation>
        </message>
        <message>
            <source>balanced</source>
            <translation>ausgewogen</translation>
        </message>
        <message>
            <source>cheapest</source>
            <translation>am günstigsten</translation>
        </message>
        <message>
            <source>fastest</source>
            <translation>am schnellsten</translation>
        </message>
        <message>
            <source>Apply %1 memory (%2)</source>
            <translation>Speicher „%1“ anwenden (%2)</translation>
        </message>
        <message>
            <source>%1, %2 ms, %3 per million</source>
            <translation>%1, %2 ms, %3 pro Million</translation>
        </message>
        <message>
            <source>Apply %1: %2</source>
            <translation>%1 anwenden: %2</translation>
        </message>
        <message>
            <source>Apply %1</source>
            <translation>%1 anwenden</translation>
        </message>
        <message>
            <source>The function already has this memory.</source>
            <translation>Die Funktion hat bereits diesen Speicher.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Now&lt;/b&gt;: %1.</source>
            <translation>&lt;b&gt;Jetzt&lt;/b&gt;: %1.</translation>
        </message>
        <message>
            <source>Model: %1 % of the duration is CPU-bound, %2; edit both in the inspector. One vCPU at 1,769 MB, at most 6. List prices, no free tier.</source>
            <translation>Modell: %1 % der Dauer ist CPU-gebunden, %2; beides im Inspektor bearbeiten. Eine vCPU bei 1.769 MB, höchstens 6. Listenpreise, ohne kostenloses Kontingent.</translation>
        </message>
        <message>
            <source>single-threaded</source>
            <translation>Single-Thread</translation>
        </message>
        <message>
            <source>multi-threaded</source>
            <translation>Multi-Thread</translation>
        </message>
        <message>
            <source>Power tuning: %1</source>
            <translation>Power-Tuning: %1</translation>
        </message>
        <message>
            <source>Duration (ms)</source>
            <translation>Dauer (ms)</translation>
        </message>
        <message>
            <source>Cost per million (USD)</source>
            <translation>Kosten pro Million (USD)</translation>
        </message>
        <message>
            <source>%1: %2 ms, %3 per million, %4 vCPU</source>
            <translation>%1: %2 ms, %3 pro Million, %4 vCPU</translation>
        </message>
        <message>
            <source>duration (ms)</source>
            <translation>Dauer (ms)</translation>
        </message>
        <message>
            <source>USD per million</source>
            <translation>USD pro Million</translation>
        </message>
        <message>
            <source>current</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>memory</source>
            <translation>Arbeitsspeicher</translation>
        </message>
    </context>
    <context>
        <name>archscope::PreferencesDialog</name>
        <message>
            <source>Snap services to the grid</source>
            <translation>Dienste am Raster ausrichten</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Systemeinstellung folgen</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Default simulated horizon</source>
            <translation>Standardmäßiger simulierter Zeitraum</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Default simulation step</source>
            <translation>Standardmäßiger Simulationsschritt</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>Sprache des Systems</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <source>New diagrams simulate &amp;for:</source>
            <translation>Neue Diagramme simulieren &amp;für:</translation>
        </message>
        <message>
            <source>in &amp;steps of:</source>
            <translation>in &amp;Schritten von:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>S&amp;prache:</translation>
        </message>
        <message>
            <source>A new language applies the next time Archscope starts.</source>
            <translation>Eine neue Sprache wird beim nächsten Start von Archscope wirksam.</translation>
        </message>
    </context>
    <context>
        <name>archscope::ProblemsWidget</name>
        <message>
            <source>Problem summary</source>
            <translation>Problemübersicht</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Errors and warnings in the diagram. Press Enter to select the item concerned.</source>
            <translation>Fehler und Warnungen im Diagramm. Drücken Sie Enter, um das betroffene Element auszuwählen.</translation>
        </message>
        <message>
            <source>No problems</source>
            <translation>Keine Probleme</translation>
        </message>
        <message numerus="yes">
            <source>%n error</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>errors, warnings</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
    </context>
    <context>
        <name>archscope::PropertyEditors</name>
        <message numerus="yes">
            <source>%n point</source>
            <translation>
                <numerusform>%n Punkt</numerusform>
                <numerusform>%n Punkte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n Punkt</numerusform>
                <numerusform>%n Punkte</numerusform>
            </translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>CSV importieren…</translation>
        </message>
        <message>
            <source>Import %1 from CSV</source>
            <translation>%1 aus CSV importieren</translation>
        </message>
        <message>
            <source>Reads lines of “time in seconds,events per second”; a header line is allowed.</source>
            <translation>Liest Zeilen der Form „Zeit in Sekunden,Ereignisse pro Sekunde“; eine Kopfzeile ist erlaubt.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Reset to default</source>
            <translation>Auf Standard zurücksetzen</translation>
        </message>
        <message>
            <source>Reset %1 to default</source>
            <translation>%1 auf Standard zurücksetzen</translation>
        </message>
        <message>
            <source>Range: %1 to %2</source>
            <translation>Bereich: %1 bis %2</translation>
        </message>
        <message>
            <source>Default: %1</source>
            <translation>Standard: %1</translation>
        </message>
        <message>
            <source>on</source>
            <translation>ein</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>Rates in %1</source>
            <translation>Raten in %1</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is too large for a traffic series (more than %2 MB).</source>
            <translation>%1 ist zu groß für eine Verkehrsreihe (mehr als %2 MB).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Import Traffic Series</source>
            <translation>Verkehrsreihe importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot Import Series</source>
            <translation>Reihe kann nicht importiert werden</translation>
        </message>
    </context>
    <context>
        <name>archscope::QuestionnairePanel</name>
        <message>
            <source>Questions answered</source>
            <translation>Beantwortete Fragen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Jump to any question; answered ones are ticked.</source>
            <translation>Zu einer beliebigen Frage springen; beantwortete sind abgehakt.</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Vorherige Frage</translation>
        </message>
        <message>
            <source>Previous question (Page Up)</source>
            <translation>Vorherige Frage (Bild auf)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Nächste Frage</translation>
        </message>
        <message>
            <source>Next question (Page Down)</source>
            <translation>Nächste Frage (Bild ab)</translation>
        </message>
        <message>
            <source>About this question</source>
            <translation>Über diese Frage</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Skip this question</source>
            <translation>Diese Frage überspringen</translation>
        </message>
        <message>
            <source>Leave this question unanswered (0) and go to the next one. An unanswered question counts for no option and against none.</source>
            <translation>Diese Frage unbeantwortet lassen (0) und zur nächsten gehen. Eine unbeantwortete Frage zählt für keine Option und gegen keine.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Ranking&lt;/b&gt;</source>
            <translation>&lt;b&gt;Rangfolge&lt;/b&gt;</translation>
        </message>
        <message>
            <source>What would change the answer</source>
            <translation>Was die Antwort ändern würde</translation>
        </message>
        <message>
            <source>Add the recommended compute to the canvas</source>
            <translation>Empfohlenes Compute zur Zeichenfläche hinzufügen</translation>
        </message>
        <message>
            <source>Adds the leading option as a node with settings taken from your answers (memory, timeout, sizes), in one undoable step.</source>
            <translation>Fügt die führende Option als Knoten hinzu, mit Einstellungen aus Ihren Antworten (Speicher, Timeout, Größen), in einem rückgängig machbaren Schritt.</translation>
        </message>
        <message>
            <source>%1 of %2 answered</source>
            <translation>%1 von %2 beantwortet</translation>
        </message>
        <message>
            <source>%1. %2 ✓</source>
            <translation>%1. %2 ✓</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Question %1 of %2 · criterion: %3</source>
            <translation>Frage %1 von %2 · Kriterium: %3</translation>
        </message>
        <message>
            <source>Keys: 1–%1 answer, 0 skips</source>
            <translation>Tasten: 1–%1 antworten, 0 überspringt</translation>
        </message>
        <message>
            <source>&amp;%1  %2</source>
            <translation>&amp;%1  %2</translation>
        </message>
        <message>
            <source>rules out %1</source>
            <translation>schließt %1 aus</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Neutral: no option gains or loses.</source>
            <translation>Neutral: Keine Option gewinnt oder verliert.</translation>
        </message>
        <message>
            <source>Answer a question to see a ranking. Every option starts at 50; each answer adds or removes points, and a hard limit rules an option out.</source>
            <translation>Beantworten Sie eine Frage, um eine Rangfolge zu sehen. Jede Option startet bei 50; jede Antwort fügt Punkte hinzu oder zieht sie ab, und eine harte Grenze schließt eine Option aus.</translation>
        </message>
        <message>
            <source>&lt;b&gt;What would change the answer:&lt;/b&gt; no change of one or two answers puts %1 first.</source>
            <translation>&lt;b&gt;Was die Antwort ändern würde:&lt;/b&gt; Keine Änderung von ein oder zwei Antworten bringt %1 auf Platz eins.</translation>
        </message>
        <message>
            <source>&lt;b&gt;What would change the answer:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Was die Antwort ändern würde:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add %1 to the canvas</source>
            <translation>%1 zur Zeichenfläche hinzufügen</translation>
        </message>
        <message>
            <source>Add to the canvas</source>
            <translation>Zur Zeichenfläche hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>archscope::RankingChart</name>
        <message>
            <source>Fit</source>
            <translation>Eignung</translation>
        </message>
        <message>
            <source>Fit of each compute option</source>
            <translation>Eignung jeder Compute-Option</translation>
        </message>
        <message>
            <source>%1 (excluded)</source>
            <translation>%1 (ausgeschlossen)</translation>
        </message>
        <message>
            <source>%1 excluded</source>
            <translation>%1 ausgeschlossen</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>archscope::RankingTree</name>
        <message>
            <source>Ranking with reasons</source>
            <translation>Rangfolge mit Gründen</translation>
        </message>
        <message>
            <source>Each option with its fit; expand one to read the reasons for and against it.</source>
            <translation>Jede Option mit ihrer Eignung; klappen Sie eine auf, um die Gründe dafür und dagegen zu lesen.</translation>
        </message>
        <message>
            <source>Option and reasons</source>
            <translation>Option und Gründe</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Eignung</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>ausgeschlossen</translation>
        </message>
        <message>
            <source>Chosen for:</source>
            <translation>Gewählt wegen:</translation>
        </message>
        <message>
            <source>%1, excluded</source>
            <translation>%1, ausgeschlossen</translation>
        </message>
        <message>
            <source>%1, fit %2 of 100</source>
            <translation>%1, Eignung %2 von 100</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No answer speaks for or against it yet.</source>
            <translation>Noch spricht keine Antwort dafür oder dagegen.</translation>
        </message>
    </context>
    <context>
        <name>archscope::SettingsForm</name>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Shown in the title block of exports and reports.</source>
            <translation>Wird im Schriftfeld von Exporten und Berichten angezeigt.</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>Simulation</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Prices and limits are the us-east-1 list prices.</source>
            <translation>Preise und Grenzen sind die us-east-1-Listenpreise.</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>&amp;Horizon</source>
            <translation>&amp;Zeitraum</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>The simulated time between two samples: 1 s to 1 hour. Smaller steps show short bursts and cold starts; larger steps simulate long horizons faster.</source>
            <translation>Die simulierte Zeit zwischen zwei Messpunkten: 1 s bis 1 Stunde. Kleinere Schritte zeigen kurze Lastspitzen und Kaltstarts; größere Schritte simulieren lange Zeiträume schneller.</translation>
        </message>
        <message>
            <source>&amp;Step</source>
            <translation>&amp;Schritt</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Random traffic (Poisson noise) is the same for the same seed: change it to see another sample.</source>
            <translation>Zufälliger Verkehr (Poisson-Rauschen) ist beim selben Startwert gleich: Ändern Sie ihn, um eine andere Stichprobe zu sehen.</translation>
        </message>
        <message>
            <source>S&amp;eed</source>
            <translation>Start&amp;wert</translation>
        </message>
        <message>
            <source>Free tier</source>
            <translation>Kostenloses Kontingent</translation>
        </message>
        <message>
            <source>Subtract the monthly free tier (for Lambda: 1 million requests and 400,000 GB-seconds) from the cost.</source>
            <translation>Das monatliche kostenlose Kontingent (für Lambda: 1 Million Anfragen und 400.000 GB-Sekunden) von den Kosten abziehen.</translation>
        </message>
        <message>
            <source>Account concurrency</source>
            <translation>Kontoparallelität</translation>
        </message>
        <message>
            <source>Concurrent Lambda executions allowed in the Region: 1,000 by default, raised on request. Functions without reserved concurrency share what is left.</source>
            <translation>Gleichzeitige Lambda-Ausführungen, die in der Region erlaubt sind: standardmäßig 1.000, auf Anfrage erhöht. Funktionen ohne reservierte Parallelität teilen sich den Rest.</translation>
        </message>
        <message>
            <source>Account &amp;concurrency</source>
            <translation>Konto&amp;parallelität</translation>
        </message>
        <message>
            <source>2023 (per function)</source>
            <translation>2023 (pro Funktion)</translation>
        </message>
        <message>
            <source>Legacy (per account)</source>
            <translation>Alt (pro Konto)</translation>
        </message>
        <message>
            <source>Lambda scaling</source>
            <translation>Lambda-Skalierung</translation>
        </message>
        <message>
            <source>How fast Lambda adds execution environments. Since November 2023 each function adds up to 1,000 every 10 seconds; before, an account had a burst of 500 to 3,000, then 500 more per minute.</source>
            <translation>Wie schnell Lambda Ausführungsumgebungen hinzufügt. Seit November 2023 fügt jede Funktion bis zu 1.000 alle 10 Sekunden hinzu; vorher hatte ein Konto einen Burst von 500 bis 3.000, dann 500 weitere pro Minute.</translation>
        </message>
        <message>
            <source>Lambda sc&amp;aling</source>
            <translation>Lambda-Sk&amp;alierung</translation>
        </message>
        <message>
            <source>How much time the simulation covers: 1 hour to 31 days. Type a number of hours, or of days followed by "days".</source>
            <translation>Wie viel Zeit die Simulation abdeckt: 1 Stunde bis 31 Tage. Geben Sie eine Zahl von Stunden ein oder eine Zahl von Tagen gefolgt von „Tage“.</translation>
        </message>
    </context>
    <context>
        <name>archscope::TimeSeriesChart</name>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>%1
mean %2 %3 (lowest %4, highest %5) at %6</source>
            <translation>%1
Mittel %2 %3 (niedrigster Wert %4, höchster %5) bei %6</translation>
        </message>
        <message>
            <source>%1
%2 %3 at %4</source>
            <translation>%1
%2 %3 bei %4</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>%1 · shaded: lowest to highest in each %2</source>
            <translation>%1 · schattiert: niedrigster bis höchster Wert je %2</translation>
        </message>
    </context>
    <context>
        <name>archscope::WelcomeView</name>
        <message>
            <source>Start a diagram</source>
            <translation>Ein Diagramm beginnen</translation>
        </message>
        <message>
            <source>Drag a service from the Services list onto the canvas, or:</source>
            <translation>Ziehen Sie einen Dienst aus der Liste „Dienste“ auf die Zeichenfläche, oder:</translation>
        </message>
        <message>
            <source>Open an example</source>
            <translation>Ein Beispiel öffnen</translation>
        </message>
        <message>
            <source>Add a service…</source>
            <translation>Einen Dienst hinzufügen…</translation>
        </message>
        <message>
            <source>Start from the Compute Advisor</source>
            <translation>Mit dem Compute-Berater beginnen</translation>
        </message>
        <message>
            <source>A small diagram to explore, opened as an untitled copy</source>
            <translation>Ein kleines Diagramm zum Erkunden, geöffnet als unbenannte Kopie</translation>
        </message>
        <message>
            <source>Search the Services list; Enter adds the service to the canvas</source>
            <translation>Die Liste „Dienste“ durchsuchen; die Eingabetaste fügt den Dienst der Zeichenfläche hinzu</translation>
        </message>
        <message>
            <source>Answer a few questions about the workload; the advisor ranks the compute services and puts its choice on the canvas</source>
            <translation>Beantworten Sie einige Fragen zur Arbeitslast; der Berater ordnet die Rechendienste und setzt seine Wahl auf die Zeichenfläche</translation>
        </message>
    </context>
    <context>
        <name>archscope::WhatIfView</name>
        <message>
            <source>Cumulative cost of the same arrivals</source>
            <translation>Kumulierte Kosten derselben Eingänge</translation>
        </message>
        <message>
            <source>USD</source>
            <translation>USD</translation>
        </message>
        <message>
            <source>Select one compute node (Lambda, Fargate, ECS, EKS or EC2) to compare its arrivals on Lambda, Fargate and EC2.</source>
            <translation>Wählen Sie einen Compute-Knoten (Lambda, Fargate, ECS, EKS oder EC2) aus, um seine Eingänge auf Lambda, Fargate und EC2 zu vergleichen.</translation>
        </message>
        <message>
            <source>Monthly cost against steady request rate, with break-even rates</source>
            <translation>Monatliche Kosten in Abhängigkeit von der gleichmäßigen Anfragerate, mit Break-even-Raten</translation>
        </message>
        <message>
            <source>Lambda totals</source>
            <translation>Lambda gesamt</translation>
        </message>
        <message>
            <source>Fargate totals</source>
            <translation>Fargate gesamt</translation>
        </message>
        <message>
            <source>EC2 totals</source>
            <translation>EC2 gesamt</translation>
        </message>
        <message>
            <source>Lambda</source>
            <translation>Lambda</translation>
        </message>
        <message>
            <source>Fargate</source>
            <translation>Fargate</translation>
        </message>
        <message>
            <source>EC2</source>
            <translation>EC2</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Berechnung…</translation>
        </message>
        <message>
            <source>Nothing to compare.</source>
            <translation>Nichts zu vergleichen.</translation>
        </message>
        <message>
            <source>Not compared: %1</source>
            <translation>Nicht verglichen: %1</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 Tage</translation>
        </message>
        <message>
            <source>a day</source>
            <translation>ein Tag</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation>%1 Stunden</translation>
        </message>
        <message>
            <source>environments</source>
            <translation>Umgebungen</translation>
        </message>
        <message>
            <source>%1 MB, %2 ms</source>
            <translation>%1 MB, %2 ms</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>%1 vCPU tasks, %2 req/s each</source>
            <translation>%1-vCPU-Aufgaben, je %2 req/s</translation>
        </message>
        <message>
            <source>instances</source>
            <translation>Instanzen</translation>
        </message>
        <message>
            <source>%1, %2 req/s each</source>
            <translation>%1, je %2 req/s</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 over %4 · about %5 a month&lt;br&gt;peak %6 %7</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 über %4 · etwa %5 pro Monat&lt;br&gt;Spitze %6 %7</translation>
        </message>
        <message>
            <source> — cheapest</source>
            <translation> — am günstigsten</translation>
        </message>
        <message>
            <source> · %1 throttled</source>
            <translation> · %1 gedrosselt</translation>
        </message>
        <message>
            <source>Lambda costs more than Fargate above about %1 req/s</source>
            <translation>Lambda kostet mehr als Fargate ab etwa %1 req/s</translation>
        </message>
        <message>
            <source>more than EC2 above about %1 req/s</source>
            <translation>mehr als EC2 ab etwa %1 req/s</translation>
        </message>
        <message>
            <source>This node averages %1 req/s.</source>
            <translation>Dieser Knoten hat durchschnittlich %1 req/s.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>No break-even between 0.01 and 10,000 req/s.</source>
            <translation>Kein Break-even zwischen 0,01 und 10.000 req/s.</translation>
        </message>
        <message>
            <source>Monthly cost at a steady rate</source>
            <translation>Monatliche Kosten bei gleichmäßiger Rate</translation>
        </message>
        <message>
            <source>requests per second (steady)</source>
            <translation>Anfragen pro Sekunde (gleichmäßig)</translation>
        </message>
        <message>
            <source>USD per month</source>
            <translation>USD pro Monat</translation>
        </message>
        <message>
            <source>Break-even: Fargate</source>
            <translation>Gewinnschwelle: Fargate</translation>
        </message>
        <message>
            <source>= Fargate</source>
            <translation>= Fargate</translation>
        </message>
        <message>
            <source>Break-even: EC2</source>
            <translation>Gewinnschwelle: EC2</translation>
        </message>
        <message>
            <source>= EC2</source>
            <translation>= EC2</translation>
        </message>
        <message>
            <source>This node (%1 req/s)</source>
            <translation>Dieser Knoten (%1 req/s)</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>Compute</source>
            <translation>Datenverarbeitung</translation>
        </message>
        <message>
            <source>Networking &amp; content delivery</source>
            <translation>Netzwerk &amp; Content Delivery</translation>
        </message>
        <message>
            <source>Application integration</source>
            <translation>Anwendungsintegration</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Analysen</translation>
        </message>
        <message>
            <source>Storage &amp; databases</source>
            <translation>Speicher &amp; Datenbanken</translation>
        </message>
        <message>
            <source>Management &amp; governance</source>
            <translation>Verwaltung &amp; Governance</translation>
        </message>
        <message>
            <source>Devices &amp; voice</source>
            <translation>Geräte &amp; Sprache</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Verhältnis</translation>
        </message>
        <message>
            <source>Events delivered per upstream event or per invocation. An S3 prefix filter that passes 30 % of objects is 0.3; a function that writes two items per invocation is 2.</source>
            <translation>Ausgelieferte Ereignisse pro vorgelagertem Ereignis oder pro Aufruf. Ein S3-Präfixfilter, der 30 % der Objekte durchlässt, ergibt 0,3; eine Funktion, die pro Aufruf zwei Items schreibt, ergibt 2.</translation>
        </message>
        <message>
            <source>per event</source>
            <translation>pro Ereignis</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batchgröße</translation>
        </message>
        <message>
            <source>Records handed to one invocation. Kinesis and DynamoDB Streams default to 100, SQS to 10. Larger batches mean fewer invocations but more work per invocation.</source>
            <translation>Datensätze, die an einen Aufruf übergeben werden. Standard bei Kinesis und DynamoDB Streams ist 100, bei SQS 10. Größere Batches bedeuten weniger Aufrufe, aber mehr Arbeit pro Aufruf.</translation>
        </message>
        <message>
            <source>records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>Parallelization factor</source>
            <translation>Parallelisierungsfaktor</translation>
        </message>
        <message>
            <source>Concurrent batches per shard (1–10). Stream concurrency is at most shards × parallelization factor; order is kept per partition key.</source>
            <translation>Gleichzeitige Batches pro Shard (1–10). Die Stream-Parallelität beträgt höchstens Shards × Parallelisierungsfaktor; die Reihenfolge bleibt pro Partitionsschlüssel erhalten.</translation>
        </message>
        <message>
            <source>per shard</source>
            <translation>pro Shard</translation>
        </message>
        <message>
            <source>Maximum concurrency</source>
            <translation>Maximale Parallelität</translation>
        </message>
        <message>
            <source>Caps how many concurrent invocations the SQS pollers may drive (2–1,000), to protect a downstream system.</source>
            <translation>Begrenzt, wie viele gleichzeitige Aufrufe die SQS-Poller auslösen dürfen (2–1.000), um ein nachgelagertes System zu schützen.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
    </context>
    <context>
        <name>catalog:alb</name>
        <message>
            <source>Elastic Load Balancing: Application Load Balancer</source>
            <translation>Elastic Load Balancing: Application Load Balancer</translation>
        </message>
        <message>
            <source>ALB</source>
            <translation>ALB</translation>
        </message>
        <message>
            <source>A layer-7 load balancer that routes HTTP requests to Lambda functions or to the instances, tasks and pods behind it, and waits for their answer (synchronous push).</source>
            <translation>Ein Layer-7-Load-Balancer, der HTTP-Anfragen an Lambda-Funktionen oder an die dahinterliegenden Instances, Tasks und Pods weiterleitet und auf deren Antwort wartet (synchroner Push).</translation>
        </message>
        <message>
            <source>An Application Load Balancer terminates HTTP and HTTPS (including WebSocket and gRPC), evaluates its listener rules (host, path, headers, query string) and forwards each request to a target group. Targets are EC2 instances, IP addresses (ECS tasks, EKS pods) or a Lambda function. The load balancer scales itself; you never choose its size.</source>
            <translation>Ein Application Load Balancer terminiert HTTP und HTTPS (einschließlich WebSocket und gRPC), wertet seine Listener-Regeln aus (Host, Pfad, Header, Query-String) und leitet jede Anfrage an eine Zielgruppe weiter. Ziele sind EC2-Instances, IP-Adressen (ECS-Tasks, EKS-Pods) oder eine Lambda-Funktion. Der Load Balancer skaliert sich selbst; seine Größe wählen Sie nie.</translation>
        </message>
        <message>
            <source>Toward Lambda it is a synchronous push: the ALB invokes the function once per request and turns the function's result into the HTTP response. Request and response bodies are limited to 1 MB for Lambda targets. If the function fails, times out or is throttled, the client receives an error response; nothing is queued or retried.</source>
            <translation>Gegenüber Lambda ist es ein synchroner Push: Der ALB ruft die Funktion einmal pro Anfrage auf und macht aus dem Ergebnis der Funktion die HTTP-Antwort. Anfrage- und Antwort-Body sind bei Lambda-Zielen auf 1 MB begrenzt. Schlägt die Funktion fehl, läuft sie in ein Timeout oder wird sie gedrosselt, erhält der Client eine Fehlerantwort; nichts wird gepuffert oder wiederholt.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 it is the usual front end, also synchronous. ECS services, EKS (through the AWS Load Balancer Controller) and EC2 Auto Scaling groups register and deregister their targets automatically, and 'requests per target' is a natural metric for target-tracking scaling. When every target is busy, requests wait in the targets, latency grows and eventually the ALB answers 502, 503 or 504. New capacity needs a minute or more (launch, start, health checks), so keep headroom.</source>
            <translation>Gegenüber Containern und EC2 ist er das übliche Frontend, ebenfalls synchron. ECS-Services, EKS (über den AWS Load Balancer Controller) und EC2-Auto-Scaling-Gruppen registrieren und deregistrieren ihre Ziele automatisch, und „Anfragen pro Ziel“ ist eine naheliegende Metrik für Target-Tracking-Skalierung. Sind alle Ziele ausgelastet, warten Anfragen in den Zielen, die Latenz steigt und schließlich antwortet der ALB mit 502, 503 oder 504. Neue Kapazität braucht eine Minute oder länger (Start, Hochfahren, Health Checks), halten Sie also Reserven vor.</translation>
        </message>
        <message>
            <source>A load balancer only forwards to targets: it cannot put a request into a queue, a topic or a stream. Put compute behind it and write from there.</source>
            <translation>Ein Load Balancer leitet nur an Ziele weiter: Er kann keine Anfrage in eine Queue, ein Topic oder einen Stream legen. Stellen Sie Compute dahinter und schreiben Sie von dort aus.</translation>
        </message>
        <message>
            <source>Cost: $0.0225 per ALB-hour (about $16 a month, paid even with no traffic) plus $0.008 per LCU-hour. A load balancer capacity unit (LCU) is the largest of four dimensions: 25 new connections per second, 3,000 active connections per minute, 1 GB per hour processed for instance and IP targets (0.4 GB per hour for Lambda targets), and 1,000 rule evaluations per second. With Lambda behind it, an ALB has a fixed hourly floor where API Gateway has none: at low volume API Gateway is cheaper, at high sustained volume the ALB usually is.</source>
            <translation>Kosten: $0.0225 pro ALB-Stunde (etwa $16 im Monat, auch ohne Traffic zu zahlen) plus $0.008 pro LCU-Stunde. Eine Load Balancer Capacity Unit (LCU) richtet sich nach der größten von vier Dimensionen: 25 neue Verbindungen pro Sekunde, 3.000 aktive Verbindungen pro Minute, 1 GB pro Stunde verarbeitete Daten für Instance- und IP-Ziele (0,4 GB pro Stunde für Lambda-Ziele) und 1.000 Regelauswertungen pro Sekunde. Mit Lambda dahinter hat ein ALB einen festen stündlichen Grundpreis, API Gateway dagegen keinen: Bei geringem Volumen ist API Gateway günstiger, bei hohem, dauerhaftem Volumen meist der ALB.</translation>
        </message>
        <message>
            <source>The idle timeout for a connection is 60 seconds by default and can be raised to 4,000 seconds.</source>
            <translation>Das Leerlauf-Timeout einer Verbindung beträgt standardmäßig 60 Sekunden und kann auf bis zu 4.000 Sekunden erhöht werden.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Datenverkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Ereignisse, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Ereignisse, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, wobei Wochenenden mit dem Wochenendfaktor skaliert werden. spiky: eine gleichmäßige Rate mit regelmäßigen Bursts. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus einer CSV-Datei importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For a load balancer these are client requests.</source>
            <translation>Mittlere Ereignisse pro Sekunde, die von außerhalb des Diagramms eintreffen (1 Ereignis/s sind etwa 2,6 Millionen im Monat). Bei einem Load Balancer sind das Client-Anfragen.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Ereignisse/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 bedeutet gleichbleibend.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0,5 bedeutet halb so viel Last; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Burst-Rate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während eines Bursts, in Ereignissen pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Burst alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn eines Bursts bis zum Beginn des nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Burst-Dauer</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jeder Burst dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von [Zeit in Sekunden ab Beginn, Ereignisse pro Sekunde]-Punkten, zwischen denen linear interpoliert wird. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Request or response body for a Lambda target</source>
            <translation>Anfrage- oder Antwort-Body für ein Lambda-Ziel</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>MB</translation>
        </message>
        <message>
            <source>Idle timeout (default)</source>
            <translation>Leerlauf-Timeout (Standard)</translation>
        </message>
        <message>
            <source>Idle timeout (maximum)</source>
            <translation>Leerlauf-Timeout (Maximum)</translation>
        </message>
        <message>
            <source>One LCU: new connections</source>
            <translation>Eine LCU: neue Verbindungen</translation>
        </message>
        <message>
            <source>per s</source>
            <translation>pro s</translation>
        </message>
        <message>
            <source>One LCU: active connections</source>
            <translation>Eine LCU: aktive Verbindungen</translation>
        </message>
        <message>
            <source>per minute</source>
            <translation>pro Minute</translation>
        </message>
        <message>
            <source>One LCU: bytes processed (instance and IP targets)</source>
            <translation>Eine LCU: verarbeitete Bytes (Instance- und IP-Ziele)</translation>
        </message>
        <message>
            <source>GB/h</source>
            <translation>GB/h</translation>
        </message>
        <message>
            <source>One LCU: bytes processed (Lambda targets)</source>
            <translation>Eine LCU: verarbeitete Bytes (Lambda-Ziele)</translation>
        </message>
        <message>
            <source>One LCU: rule evaluations</source>
            <translation>Eine LCU: Regelauswertungen</translation>
        </message>
        <message>
            <source>Load balancer hours</source>
            <translation>Load-Balancer-Stunden</translation>
        </message>
        <message>
            <source>per ALB-hour</source>
            <translation>pro ALB-Stunde</translation>
        </message>
        <message>
            <source>Load balancer capacity units</source>
            <translation>Load Balancer Capacity Units</translation>
        </message>
        <message>
            <source>per LCU-hour</source>
            <translation>pro LCU-Stunde</translation>
        </message>
        <message>
            <source>ALB-hours</source>
            <translation>ALB-Stunden</translation>
        </message>
        <message>
            <source>LCU-hours</source>
            <translation>LCU-Stunden</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>Load balancer</source>
            <translation>Load Balancer</translation>
        </message>
        <message>
            <source>load balancer</source>
            <translation>Lastverteiler</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>layer 7</source>
            <translation>Schicht 7</translation>
        </message>
        <message>
            <source>ELB</source>
            <translation>ELB</translation>
        </message>
    </context>
    <context>
        <name>catalog:alexa</name>
        <message>
            <source>Alexa Skills Kit</source>
            <translation>Alexa Skills Kit</translation>
        </message>
        <message>
            <source>Alexa</source>
            <translation>Alexa</translation>
        </message>
        <message>
            <source>Voice requests from an Alexa custom skill, delivered synchronously to the skill's Lambda function, which must answer within 8 seconds.</source>
            <translation>Sprachanfragen eines Alexa Custom Skills, synchron an die Lambda-Funktion des Skills zugestellt, die innerhalb von 8 Sekunden antworten muss.</translation>
        </message>
        <message>
            <source>The Alexa Skills Kit lets you build custom skills: voice applications. Alexa does the speech recognition and works out the user's intent and its slots; your backend receives a JSON request (a launch, an intent, the end of a session) and answers with JSON that says what Alexa should speak or show.</source>
            <translation>Mit dem Alexa Skills Kit erstellen Sie Custom Skills: Sprachanwendungen. Alexa übernimmt die Spracherkennung und ermittelt den Intent des Nutzers und seine Slots; Ihr Backend erhält eine JSON-Anfrage (einen Start, einen Intent, das Ende einer Sitzung) und antwortet mit JSON, das festlegt, was Alexa sprechen oder anzeigen soll.</translation>
        </message>
        <message>
            <source>Toward Lambda it is a synchronous push. Alexa invokes the function and waits for its answer while the user waits to hear it. Alexa gives a skill about 8 seconds, so keep the function's timeout below that and its work short; for slower work send a progressive response first. Add the skill ID to the function's trigger so that only your skill can invoke it. An error or a throttle (HTTP 429) is not retried: the user simply hears that the skill could not be reached.</source>
            <translation>Gegenüber Lambda ist es ein synchroner Push. Alexa ruft die Funktion auf und wartet auf ihre Antwort, während der Nutzer darauf wartet, sie zu hören. Alexa gibt einem Skill etwa 8 Sekunden; halten Sie das Timeout der Funktion also darunter und ihre Arbeit kurz. Für langsamere Arbeit senden Sie zuerst eine Progressive Response. Fügen Sie die Skill-ID zum Trigger der Funktion hinzu, damit nur Ihr Skill sie aufrufen kann. Ein Fehler oder eine Drosselung (HTTP 429) wird nicht wiederholt: Der Nutzer hört einfach, dass der Skill nicht erreichbar war.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 the wire is refused on this canvas: wire the skill to a Lambda function and call the other service from there. (Alexa can also send requests to your own HTTPS web service, but then you must check the request signatures and timestamps yourself; Lambda is the usual and simplest host.)</source>
            <translation>Gegenüber Containern und EC2 wird die Verbindung auf dieser Zeichenfläche abgelehnt: Verbinden Sie den Skill mit einer Lambda-Funktion und rufen Sie den anderen Service von dort auf. (Alexa kann Anfragen auch an Ihren eigenen HTTPS-Webservice senden, dann müssen Sie aber Signaturen und Zeitstempel der Anfragen selbst prüfen; Lambda ist der übliche und einfachste Host.)</translation>
        </message>
        <message>
            <source>Voice traffic is usually light and peaky (mornings and evenings). Concurrency is still requests per second × duration. Cold starts are audible as a pause, so a skill with strict response times may want provisioned concurrency or a runtime that starts quickly.</source>
            <translation>Sprach-Traffic ist meist gering und spitzenlastig (morgens und abends). Die Parallelität ist trotzdem Anfragen pro Sekunde × Dauer. Kaltstarts sind als Pause hörbar; ein Skill mit strengen Antwortzeiten braucht daher eventuell Provisioned Concurrency oder eine schnell startende Runtime.</translation>
        </message>
        <message>
            <source>Cost: the Alexa Skills Kit itself is free, so this node has no prices. You pay for what the skill uses: Lambda requests and duration, and any store such as DynamoDB for session data. Small skills can also be Alexa-hosted, which is free within usage limits.</source>
            <translation>Kosten: Das Alexa Skills Kit selbst ist kostenlos, daher hat dieser Knoten keine Preise. Sie zahlen für das, was der Skill nutzt: Lambda-Anfragen und -Laufzeit sowie etwaige Speicher wie DynamoDB für Sitzungsdaten. Kleine Skills können auch Alexa-hosted sein, was innerhalb von Nutzungsgrenzen kostenlos ist.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Datenverkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Ereignisse, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Ereignisse, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, wobei Wochenenden mit dem Wochenendfaktor skaliert werden. spiky: eine gleichmäßige Rate mit regelmäßigen Bursts. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus einer CSV-Datei importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For a skill these are voice requests.</source>
            <translation>Mittlere Ereignisse pro Sekunde, die von außerhalb des Diagramms eintreffen (1 Ereignis/s sind etwa 2,6 Millionen im Monat). Bei einem Skill sind das Sprachanfragen.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Ereignisse/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 bedeutet gleichbleibend.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0,5 bedeutet halb so viel Last; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Burst-Rate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während eines Bursts, in Ereignissen pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Burst alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn eines Bursts bis zum Beginn des nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Burst-Dauer</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jeder Burst dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von [Zeit in Sekunden ab Beginn, Ereignisse pro Sekunde]-Punkten, zwischen denen linear interpoliert wird. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Time Alexa waits for the skill's answer</source>
            <translation>Zeit, die Alexa auf die Antwort des Skills wartet</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Skill</translation>
        </message>
        <message>
            <source>voice</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>skill</source>
            <translation>Skill</translation>
        </message>
        <message>
            <source>assistant</source>
            <translation>Assistent</translation>
        </message>
    </context>
    <context>
        <name>catalog:apigw</name>
        <message>
            <source>Amazon API Gateway (REST or HTTP API)</source>
            <translation>Amazon API Gateway (REST oder HTTP API)</translation>
        </message>
        <message>
            <source>API Gateway</source>
            <translation>API Gateway</translation>
        </message>
        <message>
            <source>A managed HTTPS front door that authenticates, throttles and routes each request to a backend and waits for its answer (synchronous push).</source>
            <translation>Ein verwalteter HTTPS-Eingang, der jede Anfrage authentifiziert, drosselt und an ein Backend weiterleitet und auf dessen Antwort wartet (synchroner Push).</translation>
        </message>
        <message>
            <source>API Gateway publishes HTTPS endpoints and forwards each request to a backend: a Lambda function, an HTTP service, or an AWS service called directly. It comes in two flavours. REST APIs have the most features (API keys and usage plans, request validation, response caching, per-method throttling, AWS WAF). HTTP APIs are simpler, add less latency and cost less than a third as much. On the canvas it is a source: its traffic is the client requests that arrive.</source>
            <translation>API Gateway veröffentlicht HTTPS-Endpunkte und leitet jede Anfrage an ein Backend weiter: eine Lambda-Funktion, einen HTTP-Service oder einen direkt aufgerufenen AWS-Service. Es gibt zwei Varianten. REST APIs haben die meisten Funktionen (API-Schlüssel und Nutzungspläne, Anfragevalidierung, Antwort-Caching, Drosselung pro Methode, AWS WAF). HTTP APIs sind einfacher, erzeugen weniger Latenz und kosten weniger als ein Drittel. Auf der Zeichenfläche ist es eine Quelle: Sein Traffic sind die eintreffenden Client-Anfragen.</translation>
        </message>
        <message>
            <source>Toward Lambda it is a synchronous push. API Gateway invokes the function and holds the client's connection until the function returns; the function's result becomes the HTTP response. Nothing is queued and nothing is retried for you: if the function fails, times out or is throttled (Lambda answers a throttled synchronous call with HTTP 429), the client receives an error straight away and must retry itself. API Gateway also has its own throttle, which answers 429 Too Many Requests.</source>
            <translation>Gegenüber Lambda ist es ein synchroner Push. API Gateway ruft die Funktion auf und hält die Verbindung des Clients, bis die Funktion zurückkehrt; das Ergebnis der Funktion wird zur HTTP-Antwort. Nichts wird gepuffert und nichts wird für Sie wiederholt: Schlägt die Funktion fehl, läuft sie in ein Timeout oder wird sie gedrosselt (Lambda beantwortet einen gedrosselten synchronen Aufruf mit HTTP 429), erhält der Client sofort einen Fehler und muss selbst erneut versuchen. API Gateway hat zudem eine eigene Drosselung, die mit 429 Too Many Requests antwortet.</translation>
        </message>
        <message>
            <source>The integration timeout is the catch. A REST API waits 29 seconds by default (Regional and private REST APIs can ask for more through a quota increase) and an HTTP API at most 30 seconds, so a function behind API Gateway cannot make use of Lambda's 15-minute timeout. For long work, accept the request, put a message in SQS or start an asynchronous job, and answer 202 Accepted at once.</source>
            <translation>Der Haken ist das Integrations-Timeout. Eine REST API wartet standardmäßig 29 Sekunden (regionale und private REST APIs können über eine Kontingenterhöhung mehr beantragen), eine HTTP API höchstens 30 Sekunden. Eine Funktion hinter API Gateway kann das 15-Minuten-Timeout von Lambda also nicht nutzen. Für lange Arbeit nehmen Sie die Anfrage an, legen eine Nachricht in SQS oder starten einen asynchronen Job und antworten sofort mit 202 Accepted.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 it is also a synchronous push: an HTTP integration forwards the request to the service's endpoint. Services in private subnets are reached through a VPC link (HTTP APIs link to a private ALB, NLB or Cloud Map service; REST APIs link through a Network Load Balancer). The service has to have enough tasks or instances running for the peak: requests that find no free capacity wait and then fail.</source>
            <translation>Gegenüber Containern und EC2 ist es ebenfalls ein synchroner Push: Eine HTTP-Integration leitet die Anfrage an den Endpunkt des Service weiter. Services in privaten Subnetzen werden über einen VPC-Link erreicht (HTTP APIs verbinden sich mit einem privaten ALB, NLB oder Cloud-Map-Service; REST APIs verbinden sich über einen Network Load Balancer). Der Service muss für die Spitzenlast genügend Tasks oder Instances in Betrieb haben: Anfragen, die keine freie Kapazität finden, warten und schlagen dann fehl.</translation>
        </message>
        <message>
            <source>API Gateway can also call SQS, SNS, Kinesis, EventBridge, DynamoDB or S3 directly, with no function in between. This 'storage first' pattern answers the client quickly, buffers the work, and lets the consumers behind the queue or stream scale at their own pace. You do not need a Lambda function just to copy a request into a queue.</source>
            <translation>API Gateway kann SQS, SNS, Kinesis, EventBridge, DynamoDB oder S3 auch direkt aufrufen, ohne Funktion dazwischen. Dieses „Storage First“-Muster antwortet dem Client schnell, puffert die Arbeit und lässt die Consumer hinter der Queue oder dem Stream in ihrem eigenen Tempo skalieren. Sie brauchen keine Lambda-Funktion, nur um eine Anfrage in eine Queue zu kopieren.</translation>
        </message>
        <message>
            <source>Limits: by default an account may send 10,000 requests per second per Region (burst 5,000), shared by all its APIs; a request or response payload is at most 10 MB.</source>
            <translation>Limits: Standardmäßig darf ein Konto 10.000 Anfragen pro Sekunde und Region senden (Burst 5.000), geteilt auf alle seine APIs; eine Anfrage- oder Antwort-Payload ist höchstens 10 MB groß.</translation>
        </message>
        <message>
            <source>Cost: REST APIs cost $3.50 per million requests and HTTP APIs $1.00 per million (for the first 300 million or so each month; higher volumes are cheaper). HTTP API requests are metered in 512 KB increments. Caching, data transfer and the backend are billed separately; there is no charge while no requests arrive.</source>
            <translation>Kosten: REST APIs kosten $3.50 pro Million Anfragen und HTTP APIs $1.00 pro Million (für etwa die ersten 300 Millionen im Monat; höhere Volumen sind günstiger). HTTP-API-Anfragen werden in Schritten von 512 KB abgerechnet. Caching, Datenübertragung und das Backend werden separat berechnet; solange keine Anfragen eintreffen, fallen keine Kosten an.</translation>
        </message>
        <message>
            <source>API type</source>
            <translation>API-Typ</translation>
        </message>
        <message>
            <source>rest: full-featured REST API, $3.50 per million requests, 29 s integration timeout by default. http: leaner HTTP API, $1.00 per million requests, up to 30 s.</source>
            <translation>rest: voll ausgestattete REST API, $3.50 pro Million Anfragen, standardmäßig 29 s Integrations-Timeout. http: schlankere HTTP API, $1.00 pro Million Anfragen, bis zu 30 s.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Datenverkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Ereignisse, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Ereignisse, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, wobei Wochenenden mit dem Wochenendfaktor skaliert werden. spiky: eine gleichmäßige Rate mit regelmäßigen Bursts. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus einer CSV-Datei importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For an API these are client requests.</source>
            <translation>Mittlere Ereignisse pro Sekunde, die von außerhalb des Diagramms eintreffen (1 Ereignis/s sind etwa 2,6 Millionen im Monat). Bei einer API sind das Client-Anfragen.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Ereignisse/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 bedeutet gleichbleibend.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0,5 bedeutet halb so viel Last; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Burst-Rate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während eines Bursts, in Ereignissen pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Burst alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn eines Bursts bis zum Beginn des nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Burst-Dauer</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jeder Burst dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von [Zeit in Sekunden ab Beginn, Ereignisse pro Sekunde]-Punkten, zwischen denen linear interpoliert wird. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>REST API integration timeout (default)</source>
            <translation>Integrations-Timeout REST API (Standard)</translation>
        </message>
        <message>
            <source>HTTP API integration timeout (maximum)</source>
            <translation>Integrations-Timeout HTTP API (Maximum)</translation>
        </message>
        <message>
            <source>Account throttle per Region</source>
            <translation>Kontodrosselung pro Region</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>Anfragen/s</translation>
        </message>
        <message>
            <source>Account burst per Region</source>
            <translation>Konto-Burst pro Region</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>Maximum payload</source>
            <translation>Maximale Payload</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>MB</translation>
        </message>
        <message>
            <source>HTTP API metering increment</source>
            <translation>Abrechnungsschritt HTTP API</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>REST API requests</source>
            <translation>REST-API-Anfragen</translation>
        </message>
        <message>
            <source>per million requests</source>
            <translation>pro Million Anfragen</translation>
        </message>
        <message>
            <source>HTTP API requests</source>
            <translation>HTTP-API-Anfragen</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>REST</source>
            <translation>REST</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>HTTPS</source>
            <translation>HTTPS</translation>
        </message>
        <message>
            <source>endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <source>front door</source>
            <translation>Eingangstür</translation>
        </message>
    </context>
    <context>
        <name>catalog:config</name>
        <message>
            <source>AWS Config rule</source>
            <translation>AWS-Config-Regel</translation>
        </message>
        <message>
            <source>Config</source>
            <translation>Config</translation>
        </message>
        <message>
            <source>A compliance rule that evaluates resources when their configuration changes or on a schedule; custom rules invoke a Lambda function asynchronously.</source>
            <translation>Eine Compliance-Regel, die Ressourcen bei Konfigurationsänderungen oder nach Zeitplan auswertet; benutzerdefinierte Regeln rufen eine Lambda-Funktion asynchron auf.</translation>
        </message>
        <message>
            <source>AWS Config records the configuration of your resources and how it changes over time. A Config rule checks that resources comply with the settings you want: every bucket encrypted, no security group open to SSH from anywhere. AWS provides managed rules; custom rules are either a Lambda function that does the evaluation or a policy written in Guard (no function needed).</source>
            <translation>AWS Config zeichnet die Konfiguration Ihrer Ressourcen und deren Änderungen über die Zeit auf. Eine Config-Regel prüft, ob Ressourcen den gewünschten Einstellungen entsprechen: jeder Bucket verschlüsselt, keine Sicherheitsgruppe für SSH von überall offen. AWS stellt verwaltete Regeln bereit; benutzerdefinierte Regeln sind entweder eine Lambda-Funktion, die die Auswertung vornimmt, oder eine in Guard geschriebene Richtlinie (keine Funktion nötig).</translation>
        </message>
        <message>
            <source>A rule runs when a resource in its scope changes (change-triggered), at a fixed frequency (every 1, 3, 6, 12 or 24 hours), or both. A large deployment can change many resources at once, so evaluations arrive in bursts.</source>
            <translation>Eine Regel läuft, wenn sich eine Ressource in ihrem Geltungsbereich ändert (änderungsgesteuert), in einem festen Intervall (alle 1, 3, 6, 12 oder 24 Stunden) oder beides. Ein großes Deployment kann viele Ressourcen auf einmal ändern, daher treffen Auswertungen in Bursts ein.</translation>
        </message>
        <message>
            <source>Toward Lambda it is an asynchronous push: Config invokes the custom rule's function asynchronously with the configuration item, and the function reports COMPLIANT or NON_COMPLIANT back to Config. Lambda's asynchronous rules apply (two retries, events kept up to 6 hours), which absorbs the bursts.</source>
            <translation>Gegenüber Lambda ist es ein asynchroner Push: Config ruft die Funktion der benutzerdefinierten Regel asynchron mit dem Konfigurationselement auf, und die Funktion meldet COMPLIANT oder NON_COMPLIANT an Config zurück. Es gelten die Regeln für asynchrone Lambda-Aufrufe (zwei Wiederholungen, Ereignisse werden bis zu 6 Stunden aufbewahrt), was die Bursts abfängt.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 the wire is refused: Config rules invoke only Lambda. To act on configuration and compliance changes elsewhere, Config sends its change notifications to EventBridge (and, if you configure it, to an SNS topic); route those into an SQS queue that your workers poll, or use a Lambda function.</source>
            <translation>Gegenüber Containern und EC2 wird die Verbindung abgelehnt: Config-Regeln rufen nur Lambda auf. Um anderswo auf Konfigurations- und Compliance-Änderungen zu reagieren, sendet Config seine Änderungsbenachrichtigungen an EventBridge (und, falls konfiguriert, an ein SNS-Topic); leiten Sie diese in eine SQS-Queue, die Ihre Worker pollen, oder verwenden Sie eine Lambda-Funktion.</translation>
        </message>
        <message>
            <source>Cost: $0.001 per rule evaluation for the first 100,000 evaluations per Region each month, with lower rates above that. Recording configuration items is billed separately ($0.003 per item with continuous recording), and the rule's function pays its own Lambda charges.</source>
            <translation>Kosten: $0.001 pro Regelauswertung für die ersten 100.000 Auswertungen pro Region und Monat, darüber niedrigere Preise. Das Aufzeichnen von Konfigurationselementen wird separat berechnet ($0.003 pro Element bei kontinuierlicher Aufzeichnung), und die Funktion der Regel trägt ihre eigenen Lambda-Kosten.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Datenverkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Ereignisse, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Ereignisse, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, wobei Wochenenden mit dem Wochenendfaktor skaliert werden. spiky: eine gleichmäßige Rate mit regelmäßigen Bursts. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus einer CSV-Datei importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For a rule these are evaluations.</source>
            <translation>Mittlere Ereignisse pro Sekunde, die von außerhalb des Diagramms eintreffen (1 Ereignis/s sind etwa 2,6 Millionen im Monat). Bei einer Regel sind das Auswertungen.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Ereignisse/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 bedeutet gleichbleibend.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0,5 bedeutet halb so viel Last; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Burst-Rate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während eines Bursts, in Ereignissen pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Burst alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn eines Bursts bis zum Beginn des nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Burst-Dauer</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jeder Burst dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von [Zeit in Sekunden ab Beginn, Ereignisse pro Sekunde]-Punkten, zwischen denen linear interpoliert wird. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Evaluations per Region a month at the first-tier price</source>
            <translation>Auswertungen pro Region und Monat zum Preis der ersten Stufe</translation>
        </message>
        <message>
            <source>evaluations</source>
            <translation>Auswertungen</translation>
        </message>
        <message>
            <source>Shortest periodic frequency</source>
            <translation>Kürzestes periodisches Intervall</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>Longest periodic frequency</source>
            <translation>Längstes periodisches Intervall</translation>
        </message>
        <message>
            <source>Rule evaluations (first 100,000)</source>
            <translation>Regelauswertungen (erste 100.000)</translation>
        </message>
        <message>
            <source>per rule evaluation</source>
            <translation>pro Regelauswertung</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>Compliance rule</source>
            <translation>Compliance-Regel</translation>
        </message>
        <message>
            <source>compliance</source>
            <translation>Compliance</translation>
        </message>
        <message>
            <source>audit</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>configuration</source>
            <translation>Konfiguration</translation>
        </message>
    </context>
    <context>
        <name>catalog:dynamodb</name>
        <message>
            <source>Amazon DynamoDB table</source>
            <translation>Amazon-DynamoDB-Tabelle</translation>
        </message>
        <message>
            <source>DynamoDB</source>
            <translation>DynamoDB</translation>
        </message>
        <message>
            <source>A serverless key-value table that compute reads and writes; with its stream enabled, every item change can trigger Lambda (stream poll).</source>
            <translation>Eine serverlose Key-Value-Tabelle, die Compute liest und schreibt; mit aktiviertem Stream kann jede Item-Änderung Lambda auslösen (Stream-Polling).</translation>
        </message>
        <message>
            <source>DynamoDB is a serverless key-value and document database with single-digit-millisecond reads and writes at any scale. In on-demand mode you pay per request and there is nothing to size; in provisioned mode you set read and write capacity. An item is at most 400 KB. On the canvas compute writes items into a table, and the table can be a source of events.</source>
            <translation>DynamoDB ist eine serverlose Key-Value- und Dokumentdatenbank mit Lese- und Schreibzugriffen im einstelligen Millisekundenbereich bei beliebiger Größe. Im On-Demand-Modus zahlen Sie pro Anfrage und müssen nichts dimensionieren; im bereitgestellten Modus legen Sie Lese- und Schreibkapazität fest. Ein Item ist höchstens 400 KB groß. Auf der Zeichenfläche schreibt Compute Items in eine Tabelle, und die Tabelle kann eine Ereignisquelle sein.</translation>
        </message>
        <message>
            <source>DynamoDB Streams records every change to the table's items (insert, modify, remove: keys only, the new image, the old image, or both) in order per item, and keeps each record for 24 hours. A table's stream is off until you enable it (Stream enabled, in the inspector).</source>
            <translation>DynamoDB Streams zeichnet jede Änderung an den Items der Tabelle auf (Einfügen, Ändern, Entfernen: nur Schlüssel, das neue Abbild, das alte Abbild oder beide), pro Item in Reihenfolge, und bewahrt jeden Datensatz 24 Stunden auf. Der Stream einer Tabelle ist ausgeschaltet, bis Sie ihn aktivieren (Stream aktiviert, im Inspektor).</translation>
        </message>
        <message>
            <source>Toward Lambda, with the stream enabled, it is a stream poll: Lambda polls the stream's shards and invokes the function synchronously with batches of changes (100 by default). Concurrency is at most shards × parallelization factor (1–10). DynamoDB creates and splits stream shards itself, roughly one per table partition, so the Shards setting is your estimate. No more than two readers should read a stream shard at once, so attach at most two functions to one table's stream. As with Kinesis, a failing batch blocks its shard until it succeeds or expires; use bisect-on-error, a retry limit, a maximum record age and an on-failure destination.</source>
            <translation>Gegenüber Lambda ist es bei aktiviertem Stream ein Stream-Polling: Lambda pollt die Shards des Streams und ruft die Funktion synchron mit Batches von Änderungen auf (standardmäßig 100). Die Parallelität beträgt höchstens Shards × Parallelisierungsfaktor (1–10). DynamoDB erstellt und teilt Stream-Shards selbst, ungefähr einen pro Tabellenpartition, daher ist die Shards-Einstellung Ihre Schätzung. Nicht mehr als zwei Leser sollten gleichzeitig einen Stream-Shard lesen, hängen Sie also höchstens zwei Funktionen an den Stream einer Tabelle. Wie bei Kinesis blockiert ein fehlschlagender Batch seinen Shard, bis er gelingt oder abläuft; verwenden Sie Bisect-on-Error, ein Wiederholungslimit, ein maximales Datensatzalter und ein Ziel für Fehlerfälle (On-Failure Destination).</translation>
        </message>
        <message>
            <source>With the stream off, a trigger wire is refused: enable the table's stream. Toward containers and EC2 the wire is refused either way: use a Lambda function (which can forward changes to a queue), or turn on Kinesis Data Streams for DynamoDB, which copies every change into a Kinesis stream that container consumers read with the Kinesis Client Library.</source>
            <translation>Bei ausgeschaltetem Stream wird eine Trigger-Verbindung abgelehnt: Aktivieren Sie den Stream der Tabelle. Gegenüber Containern und EC2 wird die Verbindung in jedem Fall abgelehnt: Verwenden Sie eine Lambda-Funktion (die Änderungen an eine Queue weiterleiten kann) oder aktivieren Sie Kinesis Data Streams for DynamoDB, das jede Änderung in einen Kinesis-Stream kopiert, den Container-Consumer mit der Kinesis Client Library lesen.</translation>
        </message>
        <message>
            <source>Cost (on-demand): $0.625 per million write request units (one unit writes up to 1 KB) and $0.125 per million read request units (one unit is a strongly consistent read of up to 4 KB, or two eventually consistent reads), the prices since the November 2024 reduction. Reading the stream from Lambda triggers is free; other stream readers pay per read request. Storage is billed per GB-month.</source>
            <translation>Kosten (On-Demand): $0.625 pro Million Write Request Units (eine Einheit schreibt bis zu 1 KB) und $0.125 pro Million Read Request Units (eine Einheit ist ein stark konsistenter Lesevorgang bis zu 4 KB oder zwei eventuell konsistente Lesevorgänge), die Preise seit der Senkung im November 2024. Das Lesen des Streams durch Lambda-Trigger ist kostenlos; andere Stream-Leser zahlen pro Leseanfrage. Speicher wird pro GB-Monat berechnet.</translation>
        </message>
        <message>
            <source>Limits: a partition serves at most 3,000 read and 1,000 write units per second, so spread traffic over many partition keys; an on-demand table is limited by default to 40,000 read and 40,000 write units per second (adjustable).</source>
            <translation>Limits: Eine Partition bedient höchstens 3.000 Lese- und 1.000 Schreibeinheiten pro Sekunde, verteilen Sie den Traffic also auf viele Partitionsschlüssel; eine On-Demand-Tabelle ist standardmäßig auf 40.000 Lese- und 40.000 Schreibeinheiten pro Sekunde begrenzt (anpassbar).</translation>
        </message>
        <message>
            <source>Stream enabled</source>
            <translation>Stream aktiviert</translation>
        </message>
        <message>
            <source>Records every item change for 24 hours. Required for a Lambda trigger; reads by Lambda triggers are free.</source>
            <translation>Zeichnet jede Item-Änderung 24 Stunden lang auf. Erforderlich für einen Lambda-Trigger; Lesevorgänge durch Lambda-Trigger sind kostenlos.</translation>
        </message>
        <message>
            <source>Stream shards</source>
            <translation>Stream-Shards</translation>
        </message>
        <message>
            <source>Your estimate of the stream's shards (DynamoDB manages them, about one per table partition). Lambda runs at most shards × parallelization factor batches at once.</source>
            <translation>Ihre Schätzung der Shards des Streams (DynamoDB verwaltet sie, etwa einer pro Tabellenpartition). Lambda führt höchstens Shards × Parallelisierungsfaktor Batches gleichzeitig aus.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Datenverkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Ereignisse, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Ereignisse, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, wobei Wochenenden mit dem Wochenendfaktor skaliert werden. spiky: eine gleichmäßige Rate mit regelmäßigen Bursts. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus einer CSV-Datei importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram. Usually 0: this node is normally fed by writes wired in on the canvas. Set a rate for traffic the diagram does not show (other systems or users). For a table these are item changes (writes).</source>
            <translation>Mittlere Ereignisse pro Sekunde, die von außerhalb des Diagramms eintreffen. Meist 0: Dieser Knoten wird normalerweise durch Schreibvorgänge gespeist, die auf der Zeichenfläche verbunden sind. Legen Sie eine Rate für Traffic fest, den das Diagramm nicht zeigt (andere Systeme oder Nutzer). Bei einer Tabelle sind das Item-Änderungen (Schreibvorgänge).</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Ereignisse/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 bedeutet gleichbleibend.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0,5 bedeutet halb so viel Last; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Burst-Rate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während eines Bursts, in Ereignissen pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Burst alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn eines Bursts bis zum Beginn des nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Burst-Dauer</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jeder Burst dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von [Zeit in Sekunden ab Beginn, Ereignisse pro Sekunde]-Punkten, zwischen denen linear interpoliert wird. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Maximum item size</source>
            <translation>Maximale Item-Größe</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Stream record retention</source>
            <translation>Aufbewahrung von Stream-Datensätzen</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>Readers per stream shard at once</source>
            <translation>Gleichzeitige Leser pro Stream-Shard</translation>
        </message>
        <message>
            <source>Read units per partition</source>
            <translation>Leseeinheiten pro Partition</translation>
        </message>
        <message>
            <source>per s</source>
            <translation>pro s</translation>
        </message>
        <message>
            <source>Write units per partition</source>
            <translation>Schreibeinheiten pro Partition</translation>
        </message>
        <message>
            <source>On-demand table read throughput (default quota)</source>
            <translation>Lesedurchsatz der On-Demand-Tabelle (Standardkontingent)</translation>
        </message>
        <message>
            <source>On-demand table write throughput (default quota)</source>
            <translation>Schreibdurchsatz der On-Demand-Tabelle (Standardkontingent)</translation>
        </message>
        <message>
            <source>Write request units (on-demand)</source>
            <translation>Write Request Units (On-Demand)</translation>
        </message>
        <message>
            <source>per million write request units</source>
            <translation>pro Million Write Request Units</translation>
        </message>
        <message>
            <source>Read request units (on-demand)</source>
            <translation>Read Request Units (On-Demand)</translation>
        </message>
        <message>
            <source>per million read request units</source>
            <translation>pro Million Read Request Units</translation>
        </message>
        <message>
            <source>Stream reads by Lambda triggers</source>
            <translation>Stream-Lesevorgänge durch Lambda-Trigger</translation>
        </message>
        <message>
            <source>free</source>
            <translation>kostenlos</translation>
        </message>
        <message>
            <source>write request units</source>
            <translation>Schreibanforderungseinheiten</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>NoSQL</source>
            <translation>NoSQL</translation>
        </message>
        <message>
            <source>key-value</source>
            <translation>Schlüssel-Wert</translation>
        </message>
        <message>
            <source>table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>streams</source>
            <translation>Streams</translation>
        </message>
    </context>
    <context>
        <name>catalog:ec2</name>
        <message>
            <source>Amazon EC2 Auto Scaling group</source>
            <translation>Amazon-EC2-Auto-Scaling-Gruppe</translation>
        </message>
        <message>
            <source>EC2</source>
            <translation>EC2</translation>
        </message>
        <message>
            <source>Virtual machines in an Auto Scaling group: full control of the operating system and runtime, scaled in whole machines that take minutes to launch and are paid for while they run.</source>
            <translation>Virtuelle Maschinen in einer Auto-Scaling-Gruppe: volle Kontrolle über Betriebssystem und Runtime, skaliert in ganzen Maschinen, deren Start Minuten dauert und die bezahlt werden, solange sie laufen.</translation>
        </message>
        <message>
            <source>With virtual machines the machine is the unit of scale and the hardware is abstracted: a hypervisor runs several isolated operating systems on one physical host, and you only ever see your instance's operating system, never the hardware. Everything from the operating system up is yours: patching, runtime, agents, capacity planning.</source>
            <translation>Bei virtuellen Maschinen ist die Maschine die Skalierungseinheit und die Hardware ist abstrahiert: Ein Hypervisor betreibt mehrere isolierte Betriebssysteme auf einem physischen Host, und Sie sehen immer nur das Betriebssystem Ihrer Instance, nie die Hardware. Alles ab dem Betriebssystem aufwärts liegt bei Ihnen: Patches, Runtime, Agents, Kapazitätsplanung.</translation>
        </message>
        <message>
            <source>Choose EC2 for control of the operating system and runtime (custom kernels, agents, licensed software), stateful applications, a large disk or memory footprint (instance types with terabytes of memory, local NVMe disks or GPUs), runs of any length (Lambda stops at 15 minutes), and lift and shift: moving existing servers to AWS unchanged, for example with AWS Application Migration Service.</source>
            <translation>Wählen Sie EC2 für Kontrolle über Betriebssystem und Runtime (eigene Kernel, Agents, lizenzierte Software), zustandsbehaftete Anwendungen, großen Platten- oder Speicherbedarf (Instance-Typen mit Terabytes an Arbeitsspeicher, lokalen NVMe-Platten oder GPUs), Läufe beliebiger Dauer (Lambda endet nach 15 Minuten) und Lift-and-Shift: das unveränderte Verschieben bestehender Server nach AWS, zum Beispiel mit AWS Application Migration Service.</translation>
        </message>
        <message>
            <source>An Auto Scaling group keeps between its minimum and maximum number of instances, replaces unhealthy ones, and with target tracking (CPU, ALB requests per target, or a queue's backlog per instance) adds or removes instances as load changes. A new instance takes minutes to launch, boot, start the application and pass health checks (the launch delay); meanwhile demand above the running capacity waits or fails. Availability is not built in: spread at least two instances over two Availability Zones, which is why this node starts with two.</source>
            <translation>Eine Auto-Scaling-Gruppe hält die Anzahl der Instances zwischen Minimum und Maximum, ersetzt fehlerhafte Instances und fügt mit Target Tracking (CPU, ALB-Anfragen pro Ziel oder Rückstand einer Queue pro Instance) bei Laständerungen Instances hinzu oder entfernt sie. Eine neue Instance braucht Minuten, um zu starten, hochzufahren, die Anwendung zu starten und die Health Checks zu bestehen (die Startverzögerung); währenddessen wartet Nachfrage über der laufenden Kapazität oder schlägt fehl. Verfügbarkeit ist nicht eingebaut: Verteilen Sie mindestens zwei Instances auf zwei Availability Zones, weshalb dieser Knoten mit zwei beginnt.</translation>
        </message>
        <message>
            <source>What can trigger EC2: containers and servers are not invoked per event the way a Lambda function is; they run all the time and either receive requests or poll for work. API Gateway and an ALB push requests synchronously (an HTTP integration; API Gateway reaches private services through a VPC link). SNS pushes asynchronously through an HTTP/S subscription. EventBridge cannot target an Auto Scaling group: send the events to an SQS queue the instances poll, or to Lambda. SQS queues and Kinesis streams are polled by your own code (queue poll, stream poll). Refused, with what to do instead: S3 (route through SNS, SQS or EventBridge), DynamoDB Streams (use Lambda, or Kinesis Data Streams for DynamoDB), Config and IoT rules (route through SQS or Kinesis), Alexa (use Lambda), OpenSearch (not an event source).</source>
            <translation>Was EC2 auslösen kann: Container und Server werden nicht wie eine Lambda-Funktion pro Ereignis aufgerufen; sie laufen ständig und empfangen entweder Anfragen oder pollen nach Arbeit. API Gateway und ein ALB pushen Anfragen synchron (eine HTTP-Integration; API Gateway erreicht private Services über einen VPC-Link). SNS pusht asynchron über ein HTTP/S-Abonnement. EventBridge kann keine Auto-Scaling-Gruppe als Ziel haben: Senden Sie die Ereignisse an eine SQS-Queue, die die Instances pollen, oder an Lambda. SQS-Queues und Kinesis-Streams werden von Ihrem eigenen Code gepollt (Queue-Polling, Stream-Polling). Abgelehnt, mit Alternative: S3 (über SNS, SQS oder EventBridge leiten), DynamoDB Streams (Lambda oder Kinesis Data Streams for DynamoDB verwenden), Config- und IoT-Regeln (über SQS oder Kinesis leiten), Alexa (Lambda verwenden), OpenSearch (keine Ereignisquelle).</translation>
        </message>
        <message>
            <source>Cost: you pay for idle. Linux instances bill per second, with a one-minute minimum, from launch until they stop, busy or not. On demand: t3.micro $0.0104, t3.medium $0.0416, m5.large $0.096, c5.large $0.085 and m6g.large $0.077 per hour (Graviton, about 20 % less than m5.large for the same size). Two m5.large instances all month cost about $140. Savings Plans or Reserved Instances and Spot instances cut this substantially for steady or interruptible load; EBS volumes are billed separately. t3 instances are burstable: sustained high CPU costs extra in unlimited mode.</source>
            <translation>Kosten: Sie zahlen für Leerlauf. Linux-Instances werden sekundengenau abgerechnet, mit einer Mindestdauer von einer Minute, vom Start bis zum Stoppen, ob ausgelastet oder nicht. On-Demand: t3.micro $0.0104, t3.medium $0.0416, m5.large $0.096, c5.large $0.085 und m6g.large $0.077 pro Stunde (Graviton, etwa 20 % günstiger als m5.large bei gleicher Größe). Zwei m5.large-Instances kosten für einen ganzen Monat etwa $140. Savings Plans oder Reserved Instances sowie Spot-Instances senken dies bei gleichmäßiger oder unterbrechbarer Last erheblich; EBS-Volumes werden separat berechnet. t3-Instances sind burstfähig: Dauerhaft hohe CPU-Last kostet im Unlimited-Modus extra.</translation>
        </message>
        <message>
            <source>Contrast with Lambda: a function never pays for idle and needs no capacity planning, but stops at 15 minutes and 10,240 MB. EC2 is the right answer when you need the control; for everything else the managed options cost less effort.</source>
            <translation>Im Gegensatz zu Lambda: Eine Funktion zahlt nie für Leerlauf und braucht keine Kapazitätsplanung, endet aber nach 15 Minuten und bei 10.240 MB. EC2 ist die richtige Wahl, wenn Sie die Kontrolle brauchen; für alles andere machen die verwalteten Optionen weniger Aufwand.</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>Instance-Typ</translation>
        </message>
        <message>
            <source>t3.micro: 2 vCPU, 1 GiB (burstable); t3.medium: 2 vCPU, 4 GiB (burstable); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (compute optimised); m6g.large: 2 vCPU, 8 GiB, Graviton (needs arm64 images).</source>
            <translation>t3.micro: 2 vCPU, 1 GiB (burstfähig); t3.medium: 2 vCPU, 4 GiB (burstfähig); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (rechenoptimiert); m6g.large: 2 vCPU, 8 GiB, Graviton (benötigt arm64-Images).</translation>
        </message>
        <message>
            <source>Minimum instances</source>
            <translation>Minimale Instances</translation>
        </message>
        <message>
            <source>The group never scales below this; these instances are billed even when idle.</source>
            <translation>Die Gruppe skaliert nie unter diesen Wert; diese Instances werden auch im Leerlauf berechnet.</translation>
        </message>
        <message>
            <source>Maximum instances</source>
            <translation>Maximale Instances</translation>
        </message>
        <message>
            <source>The group never scales above this; demand beyond it queues or fails.</source>
            <translation>Die Gruppe skaliert nie über diesen Wert; Nachfrage darüber hinaus wartet oder schlägt fehl.</translation>
        </message>
        <message>
            <source>Capacity per instance</source>
            <translation>Kapazität pro Instance</translation>
        </message>
        <message>
            <source>Requests per second one instance serves at full utilisation (measure it with a load test).</source>
            <translation>Anfragen pro Sekunde, die eine Instance bei voller Auslastung bedient (mit einem Lasttest messen).</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>Anfragen/s</translation>
        </message>
        <message>
            <source>Target utilisation</source>
            <translation>Zielauslastung</translation>
        </message>
        <message>
            <source>Target-tracking set point (0.05–1): the group adds or removes instances to keep load ÷ capacity near this value. The headroom absorbs bursts while new instances launch.</source>
            <translation>Sollwert für Target Tracking (0,05–1): Die Gruppe fügt Instances hinzu oder entfernt sie, um Last ÷ Kapazität nahe an diesem Wert zu halten. Die Reserve fängt Bursts ab, während neue Instances starten.</translation>
        </message>
        <message>
            <source>Launch delay</source>
            <translation>Startverzögerung</translation>
        </message>
        <message>
            <source>Time from a scale-out decision until a new instance serves traffic (launch, boot, application start, health checks).</source>
            <translation>Zeit von einer Scale-out-Entscheidung, bis eine neue Instance Traffic bedient (Start, Hochfahren, Anwendungsstart, Health Checks).</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Minimum billed time per instance launch (Linux, per-second billing)</source>
            <translation>Minimal abgerechnete Zeit pro Instance-Start (Linux, sekundengenaue Abrechnung)</translation>
        </message>
        <message>
            <source>t3.micro instance (EC2 on demand)</source>
            <translation>t3.micro-Instance (EC2 On-Demand)</translation>
        </message>
        <message>
            <source>per instance-hour</source>
            <translation>pro Instance-Stunde</translation>
        </message>
        <message>
            <source>t3.medium instance (EC2 on demand)</source>
            <translation>t3.medium-Instance (EC2 On-Demand)</translation>
        </message>
        <message>
            <source>m5.large instance (EC2 on demand)</source>
            <translation>m5.large-Instance (EC2 On-Demand)</translation>
        </message>
        <message>
            <source>c5.large instance (EC2 on demand)</source>
            <translation>c5.large-Instance (EC2 On-Demand)</translation>
        </message>
        <message>
            <source>m6g.large instance (EC2 on demand)</source>
            <translation>m6g.large-Instance (EC2 On-Demand)</translation>
        </message>
        <message>
            <source>instances</source>
            <translation>Instanzen</translation>
        </message>
        <message>
            <source>instance-hours</source>
            <translation>Instanzstunden</translation>
        </message>
        <message>
            <source>Time in service</source>
            <translation>Bedienzeit</translation>
        </message>
        <message>
            <source>Average time one request holds a slot of a task or instance. With the capacity it sets how many requests run at once (capacity × time), which decides how long requests queue at high utilization.</source>
            <translation>Mittlere Zeit, die eine Anfrage einen Platz einer Task oder Instanz belegt. Zusammen mit der Kapazität bestimmt sie, wie viele Anfragen gleichzeitig laufen (Kapazität × Zeit), und damit, wie lange Anfragen bei hoher Auslastung warten.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Duration variability</source>
            <translation>Streuung der Dauer</translation>
        </message>
        <message>
            <source>Coefficient of variation of the duration (standard deviation over mean): 0 means every request takes the same time, 1 is as variable as an exponential. Variable durations lengthen queues and the slow end of latency.</source>
            <translation>Variationskoeffizient der Dauer (Standardabweichung durch Mittelwert): 0 heißt, jede Anfrage dauert gleich lang, 1 streut wie eine Exponentialverteilung. Stark streuende Dauern verlängern Warteschlangen und die langsamen Latenzen.</translation>
        </message>
        <message>
            <source>Servers</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>virtual machine</source>
            <translation>virtuelle Maschine</translation>
        </message>
        <message>
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <source>server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>instance</source>
            <translation>Instanz</translation>
        </message>
        <message>
            <source>Auto Scaling</source>
            <translation>Auto Scaling</translation>
        </message>
    </context>
    <context>
        <name>catalog:ecs_ec2</name>
        <message>
            <source>Amazon ECS service on EC2</source>
            <translation>Amazon-ECS-Service auf EC2</translation>
        </message>
        <message>
            <source>ECS on EC2</source>
            <translation>ECS auf EC2</translation>
        </message>
        <message>
            <source>Runs containers orchestrated by ECS on EC2 instances you own: control of the hosts, but you scale, patch and pay for the instances, busy or idle.</source>
            <translation>Führt von ECS orchestrierte Container auf EC2-Instances in Ihrem Besitz aus: Kontrolle über die Hosts, aber Sie skalieren, patchen und bezahlen die Instances, ob ausgelastet oder im Leerlauf.</translation>
        </message>
        <message>
            <source>Containers make the application the unit of scale and abstract the operating system: images are portable between hosts and start in seconds, where a virtual machine takes minutes. With ECS on EC2 the containers run on EC2 instances of your own (container instances running the ECS agent), usually in an Auto Scaling group linked to the cluster by a capacity provider.</source>
            <translation>Container machen die Anwendung zur Skalierungseinheit und abstrahieren das Betriebssystem: Images sind zwischen Hosts portabel und starten in Sekunden, wo eine virtuelle Maschine Minuten braucht. Bei ECS auf EC2 laufen die Container auf Ihren eigenen EC2-Instances (Container-Instances mit dem ECS-Agent), meist in einer Auto-Scaling-Gruppe, die über einen Capacity Provider mit dem Cluster verknüpft ist.</translation>
        </message>
        <message>
            <source>ECS is AWS's own container orchestrator. It places tasks on instances, keeps each service at its desired count, replaces failed tasks, and integrates with load balancers, service discovery and IAM. ECS itself costs nothing: you pay for the instances.</source>
            <translation>ECS ist der eigene Container-Orchestrator von AWS. Er platziert Tasks auf Instances, hält jeden Service auf seiner gewünschten Anzahl, ersetzt fehlgeschlagene Tasks und integriert sich mit Load Balancern, Service Discovery und IAM. ECS selbst kostet nichts: Sie zahlen für die Instances.</translation>
        </message>
        <message>
            <source>Choose ECS for managed containers, microservices, long-running services and batch jobs (no time limit), and applications that need fine-grained access control: each task gets its own IAM role and credentials instead of sharing the instance's. Choose the EC2 launch type over Fargate when you want control of the hosts: GPU or large-memory instance types, local NVMe disks, daemon tasks, custom AMIs, or Reserved and Spot instances to cut cost. The price of that control: you patch and right-size the instances.</source>
            <translation>Wählen Sie ECS für verwaltete Container, Microservices, langlaufende Services und Batch-Jobs (ohne Zeitlimit) sowie Anwendungen, die feingranulare Zugriffskontrolle benötigen: Jeder Task erhält eine eigene IAM-Rolle und eigene Anmeldeinformationen, statt die der Instance zu teilen. Wählen Sie den EC2-Starttyp statt Fargate, wenn Sie Kontrolle über die Hosts wollen: GPU- oder speicherstarke Instance-Typen, lokale NVMe-Platten, Daemon-Tasks, eigene AMIs oder Reserved- und Spot-Instances zur Kostensenkung. Der Preis dieser Kontrolle: Sie patchen die Instances und dimensionieren sie richtig.</translation>
        </message>
        <message>
            <source>What can trigger ECS on EC2: containers and servers are not invoked per event the way a Lambda function is; they run all the time and either receive requests or poll for work. API Gateway and an ALB push requests synchronously (an HTTP integration; API Gateway reaches private services through a VPC link). SNS pushes asynchronously through an HTTP/S subscription. EventBridge pushes asynchronously: an ECS RunTask target starts a task per event, or an API destination calls the service's HTTP endpoint. SQS queues and Kinesis streams are polled by your own code (queue poll, stream poll). Refused, with what to do instead: S3 (route through SNS, SQS or EventBridge), DynamoDB Streams (use Lambda, or Kinesis Data Streams for DynamoDB), Config and IoT rules (route through SQS or Kinesis), Alexa (use Lambda), OpenSearch (not an event source).</source>
            <translation>Was ECS auf EC2 auslösen kann: Container und Server werden nicht wie eine Lambda-Funktion pro Ereignis aufgerufen; sie laufen ständig und empfangen entweder Anfragen oder pollen nach Arbeit. API Gateway und ein ALB pushen Anfragen synchron (eine HTTP-Integration; API Gateway erreicht private Services über einen VPC-Link). SNS pusht asynchron über ein HTTP/S-Abonnement. EventBridge pusht asynchron: Ein ECS-RunTask-Ziel startet einen Task pro Ereignis, oder eine API-Destination ruft den HTTP-Endpunkt des Service auf. SQS-Queues und Kinesis-Streams werden von Ihrem eigenen Code gepollt (Queue-Polling, Stream-Polling). Abgelehnt, mit Alternative: S3 (über SNS, SQS oder EventBridge leiten), DynamoDB Streams (Lambda oder Kinesis Data Streams for DynamoDB verwenden), Config- und IoT-Regeln (über SQS oder Kinesis leiten), Alexa (Lambda verwenden), OpenSearch (keine Ereignisquelle).</translation>
        </message>
        <message>
            <source>Scaling happens in two layers: Service Auto Scaling adds tasks, and when they no longer fit, the capacity provider launches instances. Launching and registering an instance takes minutes (the launch delay), so a burst waits longer than on Fargate and far longer than on Lambda. This node models capacity in instances: each serves a number of requests per second, and the group tracks the target utilisation between its minimum and maximum. Availability comes from spreading instances over Availability Zones.</source>
            <translation>Skalierung erfolgt in zwei Ebenen: Service Auto Scaling fügt Tasks hinzu, und wenn diese nicht mehr passen, startet der Capacity Provider Instances. Das Starten und Registrieren einer Instance dauert Minuten (die Startverzögerung), daher wartet ein Burst länger als bei Fargate und weit länger als bei Lambda. Dieser Knoten modelliert Kapazität in Instances: Jede bedient eine bestimmte Zahl von Anfragen pro Sekunde, und die Gruppe folgt der Zielauslastung zwischen Minimum und Maximum. Verfügbarkeit entsteht durch Verteilen der Instances auf Availability Zones.</translation>
        </message>
        <message>
            <source>Cost: you pay for idle. Instances bill per second (one-minute minimum, Linux) while they run, whether their containers are busy or not: t3.micro $0.0104, t3.medium $0.0416, m5.large $0.096, c5.large $0.085 and m6g.large $0.077 per hour on demand. Packing several tasks on each instance, and Savings Plans or Spot, make ECS on EC2 the cheapest container option for steady, well-utilised load.</source>
            <translation>Kosten: Sie zahlen für Leerlauf. Instances werden sekundengenau abgerechnet (Mindestdauer eine Minute, Linux), solange sie laufen, ob ihre Container ausgelastet sind oder nicht: t3.micro $0.0104, t3.medium $0.0416, m5.large $0.096, c5.large $0.085 und m6g.large $0.077 pro Stunde On-Demand. Mehrere Tasks pro Instance sowie Savings Plans oder Spot machen ECS auf EC2 zur günstigsten Container-Option für gleichmäßige, gut ausgelastete Last.</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>Instance-Typ</translation>
        </message>
        <message>
            <source>t3.micro: 2 vCPU, 1 GiB (burstable); t3.medium: 2 vCPU, 4 GiB (burstable); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (compute optimised); m6g.large: 2 vCPU, 8 GiB, Graviton (needs arm64 images).</source>
            <translation>t3.micro: 2 vCPU, 1 GiB (burstfähig); t3.medium: 2 vCPU, 4 GiB (burstfähig); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (rechenoptimiert); m6g.large: 2 vCPU, 8 GiB, Graviton (benötigt arm64-Images).</translation>
        </message>
        <message>
            <source>Minimum instances</source>
            <translation>Minimale Instances</translation>
        </message>
        <message>
            <source>The group never scales below this; these container instances are billed even when idle.</source>
            <translation>Die Gruppe skaliert nie unter diesen Wert; diese Container-Instances werden auch im Leerlauf berechnet.</translation>
        </message>
        <message>
            <source>Maximum instances</source>
            <translation>Maximale Instances</translation>
        </message>
        <message>
            <source>The group never scales above this; demand beyond it queues or fails.</source>
            <translation>Die Gruppe skaliert nie über diesen Wert; Nachfrage darüber hinaus wartet oder schlägt fehl.</translation>
        </message>
        <message>
            <source>Capacity per instance</source>
            <translation>Kapazität pro Instance</translation>
        </message>
        <message>
            <source>Requests per second one instance's tasks serve at full utilisation.</source>
            <translation>Anfragen pro Sekunde, die die Tasks einer Instance bei voller Auslastung bedienen.</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>Anfragen/s</translation>
        </message>
        <message>
            <source>Target utilisation</source>
            <translation>Zielauslastung</translation>
        </message>
        <message>
            <source>Target-tracking set point (0.05–1): the group adds or removes instances to keep load ÷ capacity near this value. The headroom absorbs bursts while new instances launch.</source>
            <translation>Sollwert für Target Tracking (0,05–1): Die Gruppe fügt Instances hinzu oder entfernt sie, um Last ÷ Kapazität nahe an diesem Wert zu halten. Die Reserve fängt Bursts ab, während neue Instances starten.</translation>
        </message>
        <message>
            <source>Launch delay</source>
            <translation>Startverzögerung</translation>
        </message>
        <message>
            <source>Time from a scale-out decision until a new instance runs tasks that serve traffic (launch, boot, register with the cluster, place tasks, health checks).</source>
            <translation>Zeit von einer Scale-out-Entscheidung, bis eine neue Instance Tasks ausführt, die Traffic bedienen (Start, Hochfahren, Registrierung im Cluster, Platzierung der Tasks, Health Checks).</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Minimum billed time per instance launch (Linux, per-second billing)</source>
            <translation>Minimal abgerechnete Zeit pro Instance-Start (Linux, sekundengenaue Abrechnung)</translation>
        </message>
        <message>
            <source>Tasks per service</source>
            <translation>Tasks pro Service</translation>
        </message>
        <message>
            <source>Containers per task definition</source>
            <translation>Container pro Task-Definition</translation>
        </message>
        <message>
            <source>t3.micro instance (ECS container instance)</source>
            <translation>t3.micro-Instance (ECS-Container-Instance)</translation>
        </message>
        <message>
            <source>per instance-hour</source>
            <translation>pro Instance-Stunde</translation>
        </message>
        <message>
            <source>t3.medium instance (ECS container instance)</source>
            <translation>t3.medium-Instance (ECS-Container-Instance)</translation>
        </message>
        <message>
            <source>m5.large instance (ECS container instance)</source>
            <translation>m5.large-Instance (ECS-Container-Instance)</translation>
        </message>
        <message>
            <source>c5.large instance (ECS container instance)</source>
            <translation>c5.large-Instance (ECS-Container-Instance)</translation>
        </message>
        <message>
            <source>m6g.large instance (ECS container instance)</source>
            <translation>m6g.large-Instance (ECS-Container-Instance)</translation>
        </message>
        <message>
            <source>instances</source>
            <translation>Instanzen</translation>
        </message>
        <message>
            <source>instance-hours</source>
            <translation>Instanzstunden</translation>
        </message>
        <message>
            <source>Time in service</source>
            <translation>Bedienzeit</translation>
        </message>
        <message>
            <source>Average time one request holds a slot of a task or instance. With the capacity it sets how many requests run at once (capacity × time), which decides how long requests queue at high utilization.</source>
            <translation>Mittlere Zeit, die eine Anfrage einen Platz einer Task oder Instanz belegt. Zusammen mit der Kapazität bestimmt sie, wie viele Anfragen gleichzeitig laufen (Kapazität × Zeit), und damit, wie lange Anfragen bei hoher Auslastung warten.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Duration variability</source>
            <translation>Streuung der Dauer</translation>
        </message>
        <message>
            <source>Coefficient of variation of the duration (standard deviation over mean): 0 means every request takes the same time, 1 is as variable as an exponential. Variable durations lengthen queues and the slow end of latency.</source>
            <translation>Variationskoeffizient der Dauer (Standardabweichung durch Mittelwert): 0 heißt, jede Anfrage dauert gleich lang, 1 streut wie eine Exponentialverteilung. Stark streuende Dauern verlängern Warteschlangen und die langsamen Latenzen.</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>container</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>Docker</source>
            <translation>Docker</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>Tasks</translation>
        </message>
    </context>
    <context>
        <name>catalog:eks</name>
        <message>
            <source>Amazon EKS cluster workload (EC2 or Fargate nodes)</source>
            <translation>Amazon-EKS-Cluster-Workload (EC2- oder Fargate-Knoten)</translation>
        </message>
        <message>
            <source>EKS</source>
            <translation>EKS</translation>
        </message>
        <message>
            <source>Runs Kubernetes workloads on a managed control plane ($0.10 per hour per cluster), with pods on EC2 worker nodes or on Fargate.</source>
            <translation>Führt Kubernetes-Workloads auf einer verwalteten Control Plane aus ($0.10 pro Stunde und Cluster), mit Pods auf EC2-Worker-Knoten oder auf Fargate.</translation>
        </message>
        <message>
            <source>EKS is managed Kubernetes. AWS runs the control plane (the API servers and etcd) across three Availability Zones, highly available and patched for you; your workloads run as pods on worker nodes: EC2 instances (managed node groups, self-managed nodes, or nodes launched by Karpenter) or Fargate, where each pod gets its own right-sized micro-VM. EKS Auto Mode can also manage the nodes for you.</source>
            <translation>EKS ist verwaltetes Kubernetes. AWS betreibt die Control Plane (die API-Server und etcd) über drei Availability Zones hinweg, hochverfügbar und für Sie gepatcht; Ihre Workloads laufen als Pods auf Worker-Knoten: EC2-Instances (Managed Node Groups, selbstverwaltete Knoten oder von Karpenter gestartete Knoten) oder Fargate, wo jeder Pod eine eigene passend dimensionierte Micro-VM erhält. EKS Auto Mode kann die Knoten auch für Sie verwalten.</translation>
        </message>
        <message>
            <source>Choose EKS for Kubernetes: its standard APIs and tooling (kubectl, Helm, operators), portability between clouds and on-premises, or a team and platform already built on it. If you do not need Kubernetes, ECS is simpler. Upgrades: AWS applies control-plane patches automatically; a Kubernetes minor-version upgrade is a single call, after which you upgrade the nodes and add-ons. Each version gets 14 months of standard support and then 12 months of extended support at a higher control-plane price ($0.60 per hour); at the end of extended support EKS upgrades the control plane automatically.</source>
            <translation>Wählen Sie EKS für Kubernetes: seine Standard-APIs und Werkzeuge (kubectl, Helm, Operatoren), Portabilität zwischen Clouds und On-Premises oder ein Team und eine Plattform, die bereits darauf aufbauen. Wenn Sie kein Kubernetes brauchen, ist ECS einfacher. Upgrades: AWS spielt Control-Plane-Patches automatisch ein; ein Upgrade auf eine neue Kubernetes-Minor-Version ist ein einziger Aufruf, danach aktualisieren Sie die Knoten und Add-ons. Jede Version erhält 14 Monate Standard-Support und danach 12 Monate erweiterten Support zu einem höheren Control-Plane-Preis ($0.60 pro Stunde); am Ende des erweiterten Supports aktualisiert EKS die Control Plane automatisch.</translation>
        </message>
        <message>
            <source>Containers make the application (here the pod) the unit of scale and abstract the operating system; pods start in seconds, EC2 nodes in minutes. With EC2 nodes there are two layers of scaling: the Horizontal Pod Autoscaler (or KEDA, on a queue's depth) adds pods, and Cluster Autoscaler or Karpenter adds nodes when pods no longer fit. With Fargate nodes there are no nodes to manage, but also no GPUs, no DaemonSets and no privileged pods.</source>
            <translation>Container machen die Anwendung (hier den Pod) zur Skalierungseinheit und abstrahieren das Betriebssystem; Pods starten in Sekunden, EC2-Knoten in Minuten. Bei EC2-Knoten gibt es zwei Skalierungsebenen: Der Horizontal Pod Autoscaler (oder KEDA, anhand der Tiefe einer Queue) fügt Pods hinzu, und Cluster Autoscaler oder Karpenter fügt Knoten hinzu, wenn die Pods nicht mehr passen. Bei Fargate-Knoten gibt es keine Knoten zu verwalten, aber auch keine GPUs, keine DaemonSets und keine privilegierten Pods.</translation>
        </message>
        <message>
            <source>What can trigger EKS: containers and servers are not invoked per event the way a Lambda function is; they run all the time and either receive requests or poll for work. API Gateway and an ALB push requests synchronously (an HTTP integration; API Gateway reaches private services through a VPC link). SNS pushes asynchronously through an HTTP/S subscription. EventBridge pushes asynchronously through an API destination that calls the service's HTTP endpoint. SQS queues and Kinesis streams are polled by your own code (queue poll, stream poll). Refused, with what to do instead: S3 (route through SNS, SQS or EventBridge), DynamoDB Streams (use Lambda, or Kinesis Data Streams for DynamoDB), Config and IoT rules (route through SQS or Kinesis), Alexa (use Lambda), OpenSearch (not an event source).</source>
            <translation>Was EKS auslösen kann: Container und Server werden nicht wie eine Lambda-Funktion pro Ereignis aufgerufen; sie laufen ständig und empfangen entweder Anfragen oder pollen nach Arbeit. API Gateway und ein ALB pushen Anfragen synchron (eine HTTP-Integration; API Gateway erreicht private Services über einen VPC-Link). SNS pusht asynchron über ein HTTP/S-Abonnement. EventBridge pusht asynchron über eine API-Destination, die den HTTP-Endpunkt des Service aufruft. SQS-Queues und Kinesis-Streams werden von Ihrem eigenen Code gepollt (Queue-Polling, Stream-Polling). Abgelehnt, mit Alternative: S3 (über SNS, SQS oder EventBridge leiten), DynamoDB Streams (Lambda oder Kinesis Data Streams for DynamoDB verwenden), Config- und IoT-Regeln (über SQS oder Kinesis leiten), Alexa (Lambda verwenden), OpenSearch (keine Ereignisquelle).</translation>
        </message>
        <message>
            <source>This node models capacity in nodes: each serves a number of requests per second, and the group tracks the target utilisation between its minimum and maximum; a new EC2 node needs the launch delay before its pods serve traffic.</source>
            <translation>Dieser Knoten modelliert Kapazität in Knoten: Jeder bedient eine bestimmte Zahl von Anfragen pro Sekunde, und die Gruppe folgt der Zielauslastung zwischen Minimum und Maximum; ein neuer EC2-Knoten braucht die Startverzögerung, bevor seine Pods Traffic bedienen.</translation>
        </message>
        <message>
            <source>Cost: you pay for idle twice over: $0.10 per cluster-hour for the control plane (about $73 a month, whatever the load), plus the capacity. EC2 nodes cost the EC2 on-demand price per instance-hour (t3.micro $0.0104 to m5.large $0.096), billed per second while they run; Fargate pods cost $0.04048 per vCPU-hour and $0.004445 per GB-hour for the resources each pod requests.</source>
            <translation>Kosten: Sie zahlen doppelt für Leerlauf: $0.10 pro Cluster-Stunde für die Control Plane (etwa $73 im Monat, unabhängig von der Last) plus die Kapazität. EC2-Knoten kosten den EC2-On-Demand-Preis pro Instance-Stunde (t3.micro $0.0104 bis m5.large $0.096), sekundengenau abgerechnet, solange sie laufen; Fargate-Pods kosten $0.04048 pro vCPU-Stunde und $0.004445 pro GB-Stunde für die Ressourcen, die jeder Pod anfordert.</translation>
        </message>
        <message>
            <source>Node type</source>
            <translation>Knotentyp</translation>
        </message>
        <message>
            <source>ec2: pods run on EC2 worker nodes (instance type and count below). fargate: each pod runs in its own Fargate micro-VM, billed per vCPU-hour and GB-hour, with no nodes to manage (no GPUs, DaemonSets or privileged pods).</source>
            <translation>ec2: Pods laufen auf EC2-Worker-Knoten (Instance-Typ und Anzahl unten). fargate: Jeder Pod läuft in einer eigenen Fargate-Micro-VM, abgerechnet pro vCPU-Stunde und GB-Stunde, ohne zu verwaltende Knoten (keine GPUs, DaemonSets oder privilegierten Pods).</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>Instance-Typ</translation>
        </message>
        <message>
            <source>t3.micro: 2 vCPU, 1 GiB (burstable); t3.medium: 2 vCPU, 4 GiB (burstable); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (compute optimised); m6g.large: 2 vCPU, 8 GiB, Graviton (needs arm64 images).</source>
            <translation>t3.micro: 2 vCPU, 1 GiB (burstfähig); t3.medium: 2 vCPU, 4 GiB (burstfähig); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (rechenoptimiert); m6g.large: 2 vCPU, 8 GiB, Graviton (benötigt arm64-Images).</translation>
        </message>
        <message>
            <source>Minimum instances</source>
            <translation>Minimale Instances</translation>
        </message>
        <message>
            <source>The group never scales below this; these worker nodes are billed even when idle.</source>
            <translation>Die Gruppe skaliert nie unter diesen Wert; diese Worker-Knoten werden auch im Leerlauf berechnet.</translation>
        </message>
        <message>
            <source>Maximum instances</source>
            <translation>Maximale Instances</translation>
        </message>
        <message>
            <source>The group never scales above this; demand beyond it queues or fails.</source>
            <translation>Die Gruppe skaliert nie über diesen Wert; Nachfrage darüber hinaus wartet oder schlägt fehl.</translation>
        </message>
        <message>
            <source>Capacity per instance</source>
            <translation>Kapazität pro Instance</translation>
        </message>
        <message>
            <source>Requests per second one node's pods serve at full utilisation.</source>
            <translation>Anfragen pro Sekunde, die die Pods eines Knotens bei voller Auslastung bedienen.</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>Anfragen/s</translation>
        </message>
        <message>
            <source>Target utilisation</source>
            <translation>Zielauslastung</translation>
        </message>
        <message>
            <source>Target-tracking set point (0.05–1): the group adds or removes instances to keep load ÷ capacity near this value. The headroom absorbs bursts while new instances launch.</source>
            <translation>Sollwert für Target Tracking (0,05–1): Die Gruppe fügt Instances hinzu oder entfernt sie, um Last ÷ Kapazität nahe an diesem Wert zu halten. Die Reserve fängt Bursts ab, während neue Instances starten.</translation>
        </message>
        <message>
            <source>Launch delay</source>
            <translation>Startverzögerung</translation>
        </message>
        <message>
            <source>Time from a scale-out decision until a new node is ready and its pods serve traffic (launch, boot, join the cluster, schedule pods, health checks).</source>
            <translation>Zeit von einer Scale-out-Entscheidung, bis ein neuer Knoten bereit ist und seine Pods Traffic bedienen (Start, Hochfahren, Beitritt zum Cluster, Pod-Scheduling, Health Checks).</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Minimum billed time per instance launch (Linux, per-second billing)</source>
            <translation>Minimal abgerechnete Zeit pro Instance-Start (Linux, sekundengenaue Abrechnung)</translation>
        </message>
        <message>
            <source>Standard support per Kubernetes version</source>
            <translation>Standard-Support pro Kubernetes-Version</translation>
        </message>
        <message>
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <source>Extended support per Kubernetes version</source>
            <translation>Erweiterter Support pro Kubernetes-Version</translation>
        </message>
        <message>
            <source>Managed node groups per cluster</source>
            <translation>Managed Node Groups pro Cluster</translation>
        </message>
        <message>
            <source>Nodes per managed node group</source>
            <translation>Knoten pro Managed Node Group</translation>
        </message>
        <message>
            <source>Control plane (standard support)</source>
            <translation>Control Plane (Standard-Support)</translation>
        </message>
        <message>
            <source>per cluster-hour</source>
            <translation>pro Cluster-Stunde</translation>
        </message>
        <message>
            <source>t3.micro instance (EKS worker node)</source>
            <translation>t3.micro-Instance (EKS-Worker-Knoten)</translation>
        </message>
        <message>
            <source>per instance-hour</source>
            <translation>pro Instance-Stunde</translation>
        </message>
        <message>
            <source>t3.medium instance (EKS worker node)</source>
            <translation>t3.medium-Instance (EKS-Worker-Knoten)</translation>
        </message>
        <message>
            <source>m5.large instance (EKS worker node)</source>
            <translation>m5.large-Instance (EKS-Worker-Knoten)</translation>
        </message>
        <message>
            <source>c5.large instance (EKS worker node)</source>
            <translation>c5.large-Instance (EKS-Worker-Knoten)</translation>
        </message>
        <message>
            <source>m6g.large instance (EKS worker node)</source>
            <translation>m6g.large-Instance (EKS-Worker-Knoten)</translation>
        </message>
        <message>
            <source>Fargate pod vCPU (x86)</source>
            <translation>Fargate-Pod-vCPU (x86)</translation>
        </message>
        <message>
            <source>per vCPU-hour</source>
            <translation>pro vCPU-Stunde</translation>
        </message>
        <message>
            <source>Fargate pod memory (x86)</source>
            <translation>Fargate-Pod-Arbeitsspeicher (x86)</translation>
        </message>
        <message>
            <source>per GB-hour</source>
            <translation>pro GB-Stunde</translation>
        </message>
        <message>
            <source>instances</source>
            <translation>Instanzen</translation>
        </message>
        <message>
            <source>vCPU-hours</source>
            <translation>vCPU-Stunden</translation>
        </message>
        <message>
            <source>GB-hours</source>
            <translation>GB-Stunden</translation>
        </message>
        <message>
            <source>instance-hours</source>
            <translation>Instanzstunden</translation>
        </message>
        <message>
            <source>cluster-hours</source>
            <translation>Cluster-Stunden</translation>
        </message>
        <message>
            <source>Time in service</source>
            <translation>Bedienzeit</translation>
        </message>
        <message>
            <source>Average time one request holds a slot of a task or instance. With the capacity it sets how many requests run at once (capacity × time), which decides how long requests queue at high utilization.</source>
            <translation>Mittlere Zeit, die eine Anfrage einen Platz einer Task oder Instanz belegt. Zusammen mit der Kapazität bestimmt sie, wie viele Anfragen gleichzeitig laufen (Kapazität × Zeit), und damit, wie lange Anfragen bei hoher Auslastung warten.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Duration variability</source>
            <translation>Streuung der Dauer</translation>
        </message>
        <message>
            <source>Coefficient of variation of the duration (standard deviation over mean): 0 means every request takes the same time, 1 is as variable as an exponential. Variable durations lengthen queues and the slow end of latency.</source>
            <translation>Variationskoeffizient der Dauer (Standardabweichung durch Mittelwert): 0 heißt, jede Anfrage dauert gleich lang, 1 streut wie eine Exponentialverteilung. Stark streuende Dauern verlängern Warteschlangen und die langsamen Latenzen.</translation>
        </message>
        <message>
            <source>Kubernetes workload</source>
            <translation>Kubernetes-Workload</translation>
        </message>
        <message>
            <source>Kubernetes</source>
            <translation>Kubernetes</translation>
        </message>
        <message>
            <source>k8s</source>
            <translation>k8s</translation>
        </message>
        <message>
            <source>container</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>pods</source>
            <translation>Pods</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>Cluster</translation>
        </message>
    </context>
    <context>
        <name>catalog:eventbridge</name>
        <message>
            <source>Amazon EventBridge (CloudWatch Events) rule or schedule</source>
            <translation>Amazon-EventBridge-Regel (CloudWatch Events) oder -Zeitplan</translation>
        </message>
        <message>
            <source>EventBridge</source>
            <translation>EventBridge</translation>
        </message>
        <message>
            <source>An event bus whose rules route matching events, or fire on a schedule, to targets such as Lambda, ECS tasks, queues and HTTP endpoints (asynchronous push).</source>
            <translation>Ein Event Bus, dessen Regeln passende Ereignisse an Ziele wie Lambda, ECS-Tasks, Queues und HTTP-Endpunkte weiterleiten oder nach Zeitplan auslösen (asynchroner Push).</translation>
        </message>
        <message>
            <source>EventBridge is a serverless event bus and the successor of CloudWatch Events (the same service and API underneath). Events arrive on a bus: the default bus receives events from AWS services, custom and partner buses receive your applications' and SaaS events. A rule with an event pattern routes each matching event to up to five targets. A rule can instead fire on a schedule (a cron or rate expression, at most once a minute); EventBridge Scheduler is the newer service for schedules, with one-time schedules and time zones.</source>
            <translation>EventBridge ist ein serverloser Event Bus und der Nachfolger von CloudWatch Events (darunter derselbe Service und dieselbe API). Ereignisse treffen auf einem Bus ein: Der Standard-Bus empfängt Ereignisse von AWS-Services, benutzerdefinierte und Partner-Busse empfangen Ereignisse Ihrer Anwendungen und von SaaS-Anbietern. Eine Regel mit einem Event Pattern leitet jedes passende Ereignis an bis zu fünf Ziele weiter. Eine Regel kann stattdessen nach Zeitplan auslösen (ein Cron- oder Rate-Ausdruck, höchstens einmal pro Minute); EventBridge Scheduler ist der neuere Service für Zeitpläne, mit einmaligen Zeitplänen und Zeitzonen.</translation>
        </message>
        <message>
            <source>Toward Lambda it is an asynchronous push. The function is invoked asynchronously, so Lambda's rules apply: two retries on failure, events kept up to 6 hours, a failure destination for what still fails. EventBridge also retries deliveries it cannot complete, for up to 24 hours and 185 attempts by default; give the target a dead-letter queue (SQS) to keep the events it finally gives up on.</source>
            <translation>Gegenüber Lambda ist es ein asynchroner Push. Die Funktion wird asynchron aufgerufen, daher gelten die Lambda-Regeln: zwei Wiederholungen bei Fehlern, Ereignisse werden bis zu 6 Stunden aufbewahrt, ein Fehlerziel für das, was weiterhin fehlschlägt. EventBridge wiederholt zudem Zustellungen, die es nicht abschließen kann, standardmäßig bis zu 24 Stunden und 185 Versuche lang; geben Sie dem Ziel eine Dead-Letter-Queue (SQS), um die Ereignisse zu behalten, die es schließlich aufgibt.</translation>
        </message>
        <message>
            <source>Toward containers it is also an asynchronous push. An ECS RunTask target starts a new task (on EC2 or Fargate) for each matching event: good for jobs, poor for high rates, because every event waits for a task to start. An API destination calls an HTTP endpoint (a service on ECS, EKS or EC2 behind a load balancer) at a rate you limit. An EC2 Auto Scaling group is not a target: send the events to an SQS queue that the instances poll, or to Lambda.</source>
            <translation>Gegenüber Containern ist es ebenfalls ein asynchroner Push. Ein ECS-RunTask-Ziel startet für jedes passende Ereignis einen neuen Task (auf EC2 oder Fargate): gut für Jobs, schlecht für hohe Raten, weil jedes Ereignis auf den Start eines Tasks wartet. Eine API-Destination ruft einen HTTP-Endpunkt auf (einen Service auf ECS, EKS oder EC2 hinter einem Load Balancer), mit einer Rate, die Sie begrenzen. Eine EC2-Auto-Scaling-Gruppe ist kein Ziel: Senden Sie die Ereignisse an eine SQS-Queue, die die Instances pollen, oder an Lambda.</translation>
        </message>
        <message>
            <source>Schedules replace the cron server: a rule that invokes a function every five minutes costs nothing while it waits, where a server kept up for cron is paid for all the time.</source>
            <translation>Zeitpläne ersetzen den Cron-Server: Eine Regel, die alle fünf Minuten eine Funktion aufruft, kostet nichts, solange sie wartet, während ein nur für Cron betriebener Server ständig bezahlt wird.</translation>
        </message>
        <message>
            <source>Limits: an event entry is at most 256 KB; a rule has at most 5 targets; a bus has 300 rules by default; PutEvents accepts about 10,000 events per second in us-east-1 by default.</source>
            <translation>Limits: Ein Ereigniseintrag ist höchstens 256 KB groß; eine Regel hat höchstens 5 Ziele; ein Bus hat standardmäßig 300 Regeln; PutEvents akzeptiert in us-east-1 standardmäßig etwa 10.000 Ereignisse pro Sekunde.</translation>
        </message>
        <message>
            <source>Cost: custom, partner and cross-account events cost $1.00 per million (each 64 KB counts as one event); events that AWS services put on the default bus are free. EventBridge Scheduler charges $1.00 per million invocations after 14 million free a month. This node prices its events as custom events.</source>
            <translation>Kosten: Benutzerdefinierte, Partner- und kontoübergreifende Ereignisse kosten $1.00 pro Million (je 64 KB zählen als ein Ereignis); Ereignisse, die AWS-Services auf den Standard-Bus legen, sind kostenlos. EventBridge Scheduler berechnet $1.00 pro Million Aufrufe nach 14 Millionen kostenlosen im Monat. Dieser Knoten bepreist seine Ereignisse als benutzerdefinierte Ereignisse.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Datenverkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Ereignisse, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Ereignisse, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, wobei Wochenenden mit dem Wochenendfaktor skaliert werden. spiky: eine gleichmäßige Rate mit regelmäßigen Bursts. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus einer CSV-Datei importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For a rule these are matching events, or schedule firings (a schedule every 5 minutes is 0.00333 events/s).</source>
            <translation>Mittlere Ereignisse pro Sekunde, die von außerhalb des Diagramms eintreffen (1 Ereignis/s sind etwa 2,6 Millionen im Monat). Bei einer Regel sind das passende Ereignisse oder Auslösungen des Zeitplans (ein Zeitplan alle 5 Minuten entspricht 0,00333 Ereignissen/s).</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Ereignisse/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 bedeutet gleichbleibend.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0,5 bedeutet halb so viel Last; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Burst-Rate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während eines Bursts, in Ereignissen pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Burst alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn eines Bursts bis zum Beginn des nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Burst-Dauer</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jeder Burst dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von [Zeit in Sekunden ab Beginn, Ereignisse pro Sekunde]-Punkten, zwischen denen linear interpoliert wird. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Maximum event entry</source>
            <translation>Maximaler Ereigniseintrag</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Targets per rule</source>
            <translation>Ziele pro Regel</translation>
        </message>
        <message>
            <source>Rules per event bus (default quota)</source>
            <translation>Regeln pro Event Bus (Standardkontingent)</translation>
        </message>
        <message>
            <source>PutEvents per second, us-east-1 (default quota)</source>
            <translation>PutEvents pro Sekunde, us-east-1 (Standardkontingent)</translation>
        </message>
        <message>
            <source>Target retry maximum event age</source>
            <translation>Maximales Ereignisalter bei Zielwiederholungen</translation>
        </message>
        <message>
            <source>Target retry attempts (default)</source>
            <translation>Wiederholungsversuche pro Ziel (Standard)</translation>
        </message>
        <message>
            <source>Shortest schedule interval</source>
            <translation>Kürzestes Zeitplanintervall</translation>
        </message>
        <message>
            <source>Custom events</source>
            <translation>Benutzerdefinierte Ereignisse</translation>
        </message>
        <message>
            <source>per million events</source>
            <translation>pro Million Ereignisse</translation>
        </message>
        <message>
            <source>events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>event bus</source>
            <translation>Event-Bus</translation>
        </message>
        <message>
            <source>schedule</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>cron</source>
            <translation>cron</translation>
        </message>
        <message>
            <source>CloudWatch Events</source>
            <translation>CloudWatch Events</translation>
        </message>
    </context>
    <context>
        <name>catalog:external</name>
        <message>
            <source>External resource</source>
            <translation>Externe Ressource</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Extern</translation>
        </message>
        <message>
            <source>A resource Archscope has no kind for, kept from an import so nothing is dropped; it shows its resource type and passes events on without cost.</source>
            <translation>Eine Ressource, für die Archscope keine Art kennt, aus einem Import übernommen, damit nichts verloren geht; sie zeigt ihren Ressourcentyp und reicht Ereignisse kostenlos weiter.</translation>
        </message>
        <message>
            <source>An external node stands for a resource Archscope does not model: a Step Functions state machine, a Kafka cluster, a log group, a Glue job, anything else a template or a Terraform plan holds. An import creates one for every such resource, so no resource is dropped in silence; the node shows the resource's type under its label.</source>
            <translation>Ein externer Knoten steht für eine Ressource, die Archscope nicht modelliert: eine Step-Functions-Zustandsmaschine, einen Kafka-Cluster, eine Protokollgruppe, einen Glue-Job oder alles andere, was eine Vorlage oder ein Terraform-Plan enthält. Ein Import legt für jede solche Ressource einen an, sodass keine Ressource stillschweigend wegfällt; der Knoten zeigt den Typ der Ressource unter seiner Beschriftung.</translation>
        </message>
        <message>
            <source>It takes and gives any wire the template describes. Compute writes to it; it triggers what the template says it invokes, with the invocation model in its settings (synchronous, asynchronous, stream poll or queue poll). The wiring rules that refuse impossible wires between known services do not judge it, because Archscope cannot know what it accepts.</source>
            <translation>Er nimmt jede Verbindung an, die die Vorlage beschreibt, und gibt jede weiter. Compute schreibt in ihn; er löst aus, was er laut Vorlage aufruft, mit dem Aufrufmodell aus seinen Einstellungen (synchron, asynchron, Stream-Abfrage oder Warteschlangen-Abfrage). Die Verbindungsregeln, die unmögliche Verbindungen zwischen bekannten Diensten ablehnen, beurteilen ihn nicht, denn Archscope kann nicht wissen, was er annimmt.</translation>
        </message>
        <message>
            <source>The simulator gives it no capacity, no throttling and no cost of its own: events that reach it are passed on along its wires unchanged, like a relay. A chain through it (an API calling a state machine that calls a function) still carries load to what follows, and nothing is charged for the resource itself.</source>
            <translation>Der Simulator gibt ihm keine eigene Kapazität, keine Drosselung und keine Kosten: Ereignisse, die ihn erreichen, werden unverändert über seine Verbindungen weitergereicht, wie bei einem Relais. Eine Kette durch ihn (eine API, die eine Zustandsmaschine aufruft, die eine Funktion aufruft) trägt die Last weiter zu dem, was folgt, und für die Ressource selbst wird nichts berechnet.</translation>
        </message>
        <message>
            <source>When it is where events come from (a Kafka cluster or an Amazon MQ broker polled by a function, a log group with a subscription), give it a traffic rate like any source. For a stream, set its shards or partitions: a function polling it runs at most shards × parallelization factor batches at once.</source>
            <translation>Wenn Ereignisse von ihm ausgehen (ein Kafka-Cluster oder ein Amazon-MQ-Broker, den eine Funktion abfragt, eine Protokollgruppe mit einem Abonnement), geben Sie ihm wie jeder Quelle eine Verkehrsrate. Bei einem Stream legen Sie seine Shards oder Partitionen fest: Eine Funktion, die ihn abfragt, führt höchstens Shards × Parallelisierungsfaktor Batches gleichzeitig aus.</translation>
        </message>
        <message>
            <source>Exports draw it as a plain box with its resource type. The SAM export leaves it out and lists it under Archscope::NotGenerated, since SAM cannot describe what Archscope does not know.</source>
            <translation>Exporte zeichnen ihn als einfachen Kasten mit seinem Ressourcentyp. Der SAM-Export lässt ihn weg und führt ihn unter Archscope::NotGenerated auf, da SAM nicht beschreiben kann, was Archscope nicht kennt.</translation>
        </message>
        <message>
            <source>Resource type</source>
            <translation>Ressourcentyp</translation>
        </message>
        <message>
            <source>The resource's type as the import found it, such as AWS::StepFunctions::StateMachine or aws_sfn_state_machine.</source>
            <translation>Der Typ der Ressource, wie der Import ihn vorfand, etwa AWS::StepFunctions::StateMachine oder aws_sfn_state_machine.</translation>
        </message>
        <message>
            <source>Invokes targets</source>
            <translation>Ruft Ziele auf</translation>
        </message>
        <message>
            <source>How this resource delivers events over its trigger wires: sync (waits for the answer), async (pushes and moves on), stream (polled by shard) or queue (polled by batch).</source>
            <translation>Wie diese Ressource Ereignisse über ihre Auslöser-Verbindungen liefert: sync (wartet auf die Antwort), async (schiebt weiter und macht weiter), stream (pro Shard abgefragt) oder queue (stapelweise abgefragt).</translation>
        </message>
        <message>
            <source>Shards or partitions</source>
            <translation>Shards oder Partitionen</translation>
        </message>
        <message>
            <source>For a stream: its shards or partitions. A function polling it runs at most this many batches at once, times the wire's parallelization factor.</source>
            <translation>Bei einem Stream: seine Shards oder Partitionen. Eine Funktion, die ihn abfragt, führt höchstens so viele Batches gleichzeitig aus, mal dem Parallelisierungsfaktor der Verbindung.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Datenverkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Ereignisse, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Ereignisse, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, wobei Wochenenden mit dem Wochenendfaktor skaliert werden. spiky: eine gleichmäßige Rate mit regelmäßigen Bursts. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus einer CSV-Datei importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second this resource sends into the diagram. Usually 0: an imported resource carries no traffic. Set a rate when it is where events come from (a Kafka cluster, a log group, a state machine).</source>
            <translation>Mittlere Ereignisse pro Sekunde, die diese Ressource in das Diagramm sendet. Meist 0: Eine importierte Ressource bringt keinen Verkehr mit. Legen Sie eine Rate fest, wenn Ereignisse von ihr ausgehen (ein Kafka-Cluster, eine Protokollgruppe, eine Zustandsmaschine).</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Ereignisse/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>none: arrivals follow the profile exactly. poisson: arrivals are random around the profile, as with many independent clients; short peaks then exceed the mean.</source>
            <translation>none: Ankünfte folgen exakt dem Profil. poisson: Ankünfte schwanken zufällig um das Profil, wie bei vielen unabhängigen Clients; kurze Spitzen übersteigen dann den Mittelwert.</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 bedeutet gleichbleibend.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0,5 bedeutet halb so viel Last; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Burst-Rate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während eines Bursts, in Ereignissen pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Burst alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn eines Bursts bis zum Beginn des nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Burst-Dauer</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jeder Burst dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von [Zeit in Sekunden ab Beginn, Ereignisse pro Sekunde]-Punkten, zwischen denen linear interpoliert wird. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>other</source>
            <translation>andere</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importiert</translation>
        </message>
    </context>
    <context>
        <name>catalog:fargate</name>
        <message>
            <source>Amazon ECS service on AWS Fargate</source>
            <translation>Amazon-ECS-Service auf AWS Fargate</translation>
        </message>
        <message>
            <source>Fargate</source>
            <translation>Fargate</translation>
        </message>
        <message>
            <source>Runs containers without servers or clusters to manage: you declare CPU, memory, networking and IAM per task, and pay per second for the tasks that run, busy or idle.</source>
            <translation>Führt Container aus, ohne Server oder Cluster verwalten zu müssen: Sie legen CPU, Arbeitsspeicher, Netzwerk und IAM pro Task fest und zahlen sekundengenau für die laufenden Tasks, ob ausgelastet oder im Leerlauf.</translation>
        </message>
        <message>
            <source>Containers make the application the unit of scale and abstract the operating system: an image runs the same on a laptop and on any host, and a container starts in seconds where a virtual machine takes minutes. Fargate goes one step further: there are no servers or clusters of VMs to provision, patch or scale. You describe a task (one or more containers) with its CPU and memory, its networking (each task gets its own network interface) and its IAM task role, and AWS finds the capacity to run it.</source>
            <translation>Container machen die Anwendung zur Skalierungseinheit und abstrahieren das Betriebssystem: Ein Image läuft auf einem Laptop genauso wie auf jedem Host, und ein Container startet in Sekunden, wo eine virtuelle Maschine Minuten braucht. Fargate geht einen Schritt weiter: Es gibt keine Server oder VM-Cluster, die Sie bereitstellen, patchen oder skalieren müssen. Sie beschreiben einen Task (einen oder mehrere Container) mit CPU und Arbeitsspeicher, seinem Netzwerk (jeder Task erhält eine eigene Netzwerkschnittstelle) und seiner IAM-Task-Rolle, und AWS findet die Kapazität, um ihn auszuführen.</translation>
        </message>
        <message>
            <source>Choose Fargate for containers without managing servers: microservices and APIs, queue workers, and long-running or batch jobs of any length (there is no 15-minute limit). It suits steady or moderately bursty traffic and applications that are already containerised. It does not fit workloads that need a GPU (Fargate has none: use ECS or EKS on EC2 GPU instances), access to the host or privileged containers, or more than 16 vCPUs and 120 GB of memory per task.</source>
            <translation>Wählen Sie Fargate für Container ohne Serververwaltung: Microservices und APIs, Queue-Worker sowie langlaufende oder Batch-Jobs beliebiger Dauer (es gibt kein 15-Minuten-Limit). Es eignet sich für gleichmäßigen oder mäßig burstartigen Traffic und für bereits containerisierte Anwendungen. Es passt nicht zu Workloads, die eine GPU brauchen (Fargate hat keine: Verwenden Sie ECS oder EKS auf EC2-GPU-Instances), Zugriff auf den Host oder privilegierte Container benötigen oder mehr als 16 vCPUs und 120 GB Arbeitsspeicher pro Task.</translation>
        </message>
        <message>
            <source>Fargate runs both ECS tasks and EKS pods today (the old notes say 'EKS coming soon'; EKS support arrived in December 2019). This node is an ECS service on Fargate; for Kubernetes pods on Fargate use the EKS node with the Fargate node type. Fargate Spot runs interruptible ECS tasks at a discount of up to 70 %.</source>
            <translation>Fargate führt heute sowohl ECS-Tasks als auch EKS-Pods aus (die alten Notizen sagen „EKS coming soon“; die EKS-Unterstützung kam im Dezember 2019). Dieser Knoten ist ein ECS-Service auf Fargate; für Kubernetes-Pods auf Fargate verwenden Sie den EKS-Knoten mit dem Knotentyp Fargate. Fargate Spot führt unterbrechbare ECS-Tasks mit einem Rabatt von bis zu 70 % aus.</translation>
        </message>
        <message>
            <source>What can trigger Fargate: containers and servers are not invoked per event the way a Lambda function is; they run all the time and either receive requests or poll for work. API Gateway and an ALB push requests synchronously (an HTTP integration; API Gateway reaches private services through a VPC link). SNS pushes asynchronously through an HTTP/S subscription. EventBridge pushes asynchronously: an ECS RunTask target starts a task per event, or an API destination calls the service's HTTP endpoint. SQS queues and Kinesis streams are polled by your own code (queue poll, stream poll). Refused, with what to do instead: S3 (route through SNS, SQS or EventBridge), DynamoDB Streams (use Lambda, or Kinesis Data Streams for DynamoDB), Config and IoT rules (route through SQS or Kinesis), Alexa (use Lambda), OpenSearch (not an event source).</source>
            <translation>Was Fargate auslösen kann: Container und Server werden nicht wie eine Lambda-Funktion pro Ereignis aufgerufen; sie laufen ständig und empfangen entweder Anfragen oder pollen nach Arbeit. API Gateway und ein ALB pushen Anfragen synchron (eine HTTP-Integration; API Gateway erreicht private Services über einen VPC-Link). SNS pusht asynchron über ein HTTP/S-Abonnement. EventBridge pusht asynchron: Ein ECS-RunTask-Ziel startet einen Task pro Ereignis, oder eine API-Destination ruft den HTTP-Endpunkt des Service auf. SQS-Queues und Kinesis-Streams werden von Ihrem eigenen Code gepollt (Queue-Polling, Stream-Polling). Abgelehnt, mit Alternative: S3 (über SNS, SQS oder EventBridge leiten), DynamoDB Streams (Lambda oder Kinesis Data Streams for DynamoDB verwenden), Config- und IoT-Regeln (über SQS oder Kinesis leiten), Alexa (Lambda verwenden), OpenSearch (keine Ereignisquelle).</translation>
        </message>
        <message>
            <source>Scaling: an ECS service keeps a desired number of tasks, and Service Auto Scaling moves it between the minimum and maximum with target tracking (CPU, memory, ALB requests per target, or a queue's backlog per task). Here the tasks needed are demand ÷ (capacity per task × target utilisation). A new task must pull its image and start, typically from about 30 seconds to a couple of minutes, so demand above the running capacity waits in queues or fails until the scale-out delay has passed; availability across Availability Zones comes from spreading the tasks, which ECS does for you.</source>
            <translation>Skalierung: Ein ECS-Service hält eine gewünschte Anzahl von Tasks, und Service Auto Scaling bewegt sie per Target Tracking zwischen Minimum und Maximum (CPU, Arbeitsspeicher, ALB-Anfragen pro Ziel oder Rückstand einer Queue pro Task). Hier ergeben sich die benötigten Tasks als Nachfrage ÷ (Kapazität pro Task × Zielauslastung). Ein neuer Task muss sein Image laden und starten, typischerweise in etwa 30 Sekunden bis zu ein paar Minuten; bis die Scale-out-Verzögerung vorüber ist, wartet Nachfrage über der laufenden Kapazität in Queues oder schlägt fehl. Verfügbarkeit über Availability Zones entsteht durch Verteilen der Tasks, was ECS für Sie übernimmt.</translation>
        </message>
        <message>
            <source>Cost: you pay for idle. Billing is per second, with a one-minute minimum, for the vCPU and memory of every running task, whether it serves requests or not: $0.04048 per vCPU-hour and $0.004445 per GB-hour on x86, $0.03238 and $0.00356 on Arm (Graviton, about 20 % less). One task of 0.5 vCPU and 1 GB on x86 costs about $18 a month. Compare Lambda, which never charges for idle but charges more per unit of busy time: steady, well-utilised load favours Fargate, spiky or mostly idle load favours Lambda.</source>
            <translation>Kosten: Sie zahlen für Leerlauf. Abgerechnet wird sekundengenau, mit einer Mindestdauer von einer Minute, für vCPU und Arbeitsspeicher jedes laufenden Tasks, ob er Anfragen bedient oder nicht: $0.04048 pro vCPU-Stunde und $0.004445 pro GB-Stunde auf x86, $0.03238 und $0.00356 auf Arm (Graviton, etwa 20 % günstiger). Ein Task mit 0,5 vCPU und 1 GB auf x86 kostet etwa $18 im Monat. Zum Vergleich Lambda, das nie für Leerlauf berechnet, aber pro Einheit ausgelasteter Zeit mehr kostet: Gleichmäßige, gut ausgelastete Last spricht für Fargate, spitzenlastige oder überwiegend ruhende Last für Lambda.</translation>
        </message>
        <message>
            <source>vCPU per task</source>
            <translation>vCPU pro Task</translation>
        </message>
        <message>
            <source>0.25–16 vCPU. Memory must match: 0.25 vCPU with 0.5–2 GB, 0.5 with 1–4 GB, 1 with 2–8 GB, 2 with 4–16 GB, 4 with 8–30 GB, 8 with 16–60 GB, 16 with 32–120 GB.</source>
            <translation>0,25–16 vCPU. Der Arbeitsspeicher muss passen: 0,25 vCPU mit 0,5–2 GB, 0,5 mit 1–4 GB, 1 mit 2–8 GB, 2 mit 4–16 GB, 4 mit 8–30 GB, 8 mit 16–60 GB, 16 mit 32–120 GB.</translation>
        </message>
        <message>
            <source>vCPU</source>
            <translation>vCPU</translation>
        </message>
        <message>
            <source>Memory per task</source>
            <translation>Arbeitsspeicher pro Task</translation>
        </message>
        <message>
            <source>0.5–120 GB, within the range allowed for the task's vCPU.</source>
            <translation>0,5–120 GB, innerhalb des für die vCPU des Tasks zulässigen Bereichs.</translation>
        </message>
        <message>
            <source>GB</source>
            <translation>GB</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architektur</translation>
        </message>
        <message>
            <source>arm64 (Graviton) costs about 20 % less per vCPU-hour and GB-hour; it needs arm64 images.</source>
            <translation>arm64 (Graviton) kostet pro vCPU-Stunde und GB-Stunde etwa 20 % weniger; es benötigt arm64-Images.</translation>
        </message>
        <message>
            <source>Minimum tasks</source>
            <translation>Minimale Tasks</translation>
        </message>
        <message>
            <source>The service never scales below this; these tasks are billed even when idle. 0 lets it scale to zero (the first request then waits for a task to start).</source>
            <translation>Der Service skaliert nie unter diesen Wert; diese Tasks werden auch im Leerlauf berechnet. 0 erlaubt das Herunterskalieren auf null (die erste Anfrage wartet dann auf den Start eines Tasks).</translation>
        </message>
        <message>
            <source>Maximum tasks</source>
            <translation>Maximale Tasks</translation>
        </message>
        <message>
            <source>The service never scales above this; demand beyond it queues or fails.</source>
            <translation>Der Service skaliert nie über diesen Wert; Nachfrage darüber hinaus wartet oder schlägt fehl.</translation>
        </message>
        <message>
            <source>Capacity per task</source>
            <translation>Kapazität pro Task</translation>
        </message>
        <message>
            <source>Requests per second one task serves at full utilisation (measure it with a load test).</source>
            <translation>Anfragen pro Sekunde, die ein Task bei voller Auslastung bedient (mit einem Lasttest messen).</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>Anfragen/s</translation>
        </message>
        <message>
            <source>Target utilisation</source>
            <translation>Zielauslastung</translation>
        </message>
        <message>
            <source>Target-tracking set point (0.05–1): the service adds or removes tasks to keep load ÷ capacity near this value. The headroom absorbs bursts while new tasks start.</source>
            <translation>Sollwert für Target Tracking (0,05–1): Der Service fügt Tasks hinzu oder entfernt sie, um Last ÷ Kapazität nahe an diesem Wert zu halten. Die Reserve fängt Bursts ab, während neue Tasks starten.</translation>
        </message>
        <message>
            <source>Scale-out delay</source>
            <translation>Scale-out-Verzögerung</translation>
        </message>
        <message>
            <source>Time from a scale-out decision until a new task serves traffic (alarm, image pull, start, health checks).</source>
            <translation>Zeit von einer Scale-out-Entscheidung, bis ein neuer Task Traffic bedient (Alarm, Image-Pull, Start, Health Checks).</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Maximum vCPU per task</source>
            <translation>Maximale vCPU pro Task</translation>
        </message>
        <message>
            <source>Maximum memory per task</source>
            <translation>Maximaler Arbeitsspeicher pro Task</translation>
        </message>
        <message>
            <source>Ephemeral storage included</source>
            <translation>Enthaltener flüchtiger Speicher</translation>
        </message>
        <message>
            <source>Ephemeral storage (maximum)</source>
            <translation>Flüchtiger Speicher (Maximum)</translation>
        </message>
        <message>
            <source>Minimum billed time per task</source>
            <translation>Minimal abgerechnete Zeit pro Task</translation>
        </message>
        <message>
            <source>vCPU (x86)</source>
            <translation>vCPU (x86)</translation>
        </message>
        <message>
            <source>per vCPU-hour</source>
            <translation>pro vCPU-Stunde</translation>
        </message>
        <message>
            <source>Memory (x86)</source>
            <translation>Arbeitsspeicher (x86)</translation>
        </message>
        <message>
            <source>per GB-hour</source>
            <translation>pro GB-Stunde</translation>
        </message>
        <message>
            <source>vCPU (Arm)</source>
            <translation>vCPU (Arm)</translation>
        </message>
        <message>
            <source>Memory (Arm)</source>
            <translation>Arbeitsspeicher (Arm)</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>vCPU-hours</source>
            <translation>vCPU-Stunden</translation>
        </message>
        <message>
            <source>GB-hours</source>
            <translation>GB-Stunden</translation>
        </message>
        <message>
            <source>Time in service</source>
            <translation>Bedienzeit</translation>
        </message>
        <message>
            <source>Average time one request holds a slot of a task or instance. With the capacity it sets how many requests run at once (capacity × time), which decides how long requests queue at high utilization.</source>
            <translation>Mittlere Zeit, die eine Anfrage einen Platz einer Task oder Instanz belegt. Zusammen mit der Kapazität bestimmt sie, wie viele Anfragen gleichzeitig laufen (Kapazität × Zeit), und damit, wie lange Anfragen bei hoher Auslastung warten.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Duration variability</source>
            <translation>Streuung der Dauer</translation>
        </message>
        <message>
            <source>Coefficient of variation of the duration (standard deviation over mean): 0 means every request takes the same time, 1 is as variable as an exponential. Variable durations lengthen queues and the slow end of latency.</source>
            <translation>Variationskoeffizient der Dauer (Standardabweichung durch Mittelwert): 0 heißt, jede Anfrage dauert gleich lang, 1 streut wie eine Exponentialverteilung. Stark streuende Dauern verlängern Warteschlangen und die langsamen Latenzen.</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>container</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>Docker</source>
            <translation>Docker</translation>
        </message>
        <message>
            <source>serverless containers</source>
            <translation>serverlose Container</translation>
        </message>
    </context>
    <context>
        <name>catalog:iot</name>
        <message>
            <source>AWS IoT Core rule</source>
            <translation>AWS-IoT-Core-Regel</translation>
        </message>
        <message>
            <source>IoT rule</source>
            <translation>IoT-Regel</translation>
        </message>
        <message>
            <source>A rule that selects device messages from MQTT topics and acts on them: it invokes Lambda asynchronously or writes to queues, streams and stores.</source>
            <translation>Eine Regel, die Gerätenachrichten aus MQTT-Topics auswählt und darauf reagiert: Sie ruft Lambda asynchron auf oder schreibt in Queues, Streams und Speicher.</translation>
        </message>
        <message>
            <source>AWS IoT Core connects devices over MQTT (and HTTPS and MQTT over WebSockets). Its rules engine selects messages from MQTT topics with an SQL-like statement (SELECT temperature FROM 'sensors/+/data' WHERE temperature &gt; 50) and runs actions on them: invoke a Lambda function, write to DynamoDB, S3, Kinesis, Firehose, SQS, SNS or OpenSearch, republish, and more.</source>
            <translation>AWS IoT Core verbindet Geräte über MQTT (sowie HTTPS und MQTT über WebSockets). Seine Regel-Engine wählt mit einer SQL-ähnlichen Anweisung Nachrichten aus MQTT-Topics aus (SELECT temperature FROM 'sensors/+/data' WHERE temperature &gt; 50) und führt Aktionen darauf aus: eine Lambda-Funktion aufrufen, nach DynamoDB, S3, Kinesis, Firehose, SQS, SNS oder OpenSearch schreiben, erneut veröffentlichen und mehr.</translation>
        </message>
        <message>
            <source>Toward Lambda it is an asynchronous push: the rule invokes the function and does not wait for the result, and Lambda's asynchronous rules apply (two retries, events kept up to 6 hours, a failure destination). The compute notes this product grew from list IoT as a synchronous push source; the Lambda documentation lists AWS IoT among the services that invoke functions asynchronously, and Archscope follows the documentation. A rule can also have an error action (to SQS or S3, for example) for messages whose action fails.</source>
            <translation>Gegenüber Lambda ist es ein asynchroner Push: Die Regel ruft die Funktion auf und wartet nicht auf das Ergebnis, und es gelten die asynchronen Regeln von Lambda (zwei Wiederholungen, Events werden bis zu 6 Stunden aufbewahrt, ein Fehlerziel). Die Compute-Notizen, aus denen dieses Produkt entstanden ist, führen AWS IoT als synchrone Push-Quelle; die Lambda-Dokumentation nennt AWS IoT unter den Diensten, die Funktionen asynchron aufrufen, und Archscope folgt der Dokumentation. Eine Regel kann außerdem eine Fehleraktion haben (zum Beispiel an SQS oder S3) für Nachrichten, deren Aktion fehlschlägt.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 the wire is refused: route the rule to an SQS queue that workers poll, or to a Kinesis stream that consumers read, and consume that. The queue or stream also buffers the bursts that fleets of devices produce, for example when thousands reconnect at once.</source>
            <translation>Gegenüber Containern und EC2 wird die Verbindung abgelehnt: Leiten Sie die Regel an eine SQS-Queue, die Worker abfragen, oder an einen Kinesis-Stream, den Consumer lesen, und verarbeiten Sie diese. Die Queue bzw. der Stream puffert auch die Lastspitzen, die Geräteflotten erzeugen, etwa wenn sich Tausende Geräte gleichzeitig neu verbinden.</translation>
        </message>
        <message>
            <source>Many pipelines need no compute at all: a rule can write straight into DynamoDB, S3 or OpenSearch.</source>
            <translation>Viele Pipelines brauchen überhaupt kein Compute: Eine Regel kann direkt in DynamoDB, S3 oder OpenSearch schreiben.</translation>
        </message>
        <message>
            <source>Limits: an MQTT message is at most 128 KB, and a rule has at most 10 actions.</source>
            <translation>Limits: Eine MQTT-Nachricht ist höchstens 128 KB groß, und eine Regel hat höchstens 10 Aktionen.</translation>
        </message>
        <message>
            <source>Cost: the rules engine charges $0.15 per million rules triggered and $0.15 per million actions executed, each metered in 5 KB increments. Device connectivity and messaging are billed separately and are not among this node's prices.</source>
            <translation>Kosten: Die Regel-Engine berechnet $0.15 pro Million ausgelöster Regeln und $0.15 pro Million ausgeführter Aktionen, jeweils in Schritten von 5 KB abgerechnet. Gerätekonnektivität und Messaging werden separat abgerechnet und gehören nicht zu den Preisen dieses Knotens.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Verkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Events, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Events, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, mit Wochenenden skaliert um den Wochenendfaktor. spiky: eine gleichmäßige Rate mit regelmäßigen Lastspitzen. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus CSV importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For a rule these are matching device messages.</source>
            <translation>Mittlere Anzahl Events pro Sekunde, die von außerhalb des Diagramms eintreffen (1 Event/s sind etwa 2.6 Millionen im Monat). Bei einer Regel sind dies passende Gerätenachrichten.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Events/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 ist flach.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0.5 ist halb so viel Betrieb; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Spitzenrate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während einer Lastspitze, in Events pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Lastspitze alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn einer Lastspitze bis zum Beginn der nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Dauer der Lastspitze</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jede Lastspitze dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von Punkten [Zeit in Sekunden ab Start, Events pro Sekunde], zwischen den Punkten linear interpoliert. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Maximum MQTT message</source>
            <translation>Maximale MQTT-Nachricht</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Actions per rule</source>
            <translation>Aktionen pro Regel</translation>
        </message>
        <message>
            <source>Rules and actions metered in increments of</source>
            <translation>Regeln und Aktionen abgerechnet in Schritten von</translation>
        </message>
        <message>
            <source>Rules triggered</source>
            <translation>Ausgelöste Regeln</translation>
        </message>
        <message>
            <source>per million rules triggered</source>
            <translation>pro Million ausgelöster Regeln</translation>
        </message>
        <message>
            <source>Actions executed</source>
            <translation>Ausgeführte Aktionen</translation>
        </message>
        <message>
            <source>per million actions executed</source>
            <translation>pro Million ausgeführter Aktionen</translation>
        </message>
        <message>
            <source>rules triggered</source>
            <translation>ausgelöste Regeln</translation>
        </message>
        <message>
            <source>actions</source>
            <translation>Aktionen</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>Device rule</source>
            <translation>Geräteregel</translation>
        </message>
        <message>
            <source>device</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <source>MQTT</source>
            <translation>MQTT</translation>
        </message>
        <message>
            <source>sensor</source>
            <translation>Sensor</translation>
        </message>
        <message>
            <source>Internet of Things</source>
            <translation>Internet der Dinge</translation>
        </message>
    </context>
    <context>
        <name>catalog:kinesis</name>
        <message>
            <source>Amazon Kinesis Data Stream</source>
            <translation>Amazon Kinesis Data Stream</translation>
        </message>
        <message>
            <source>Kinesis</source>
            <translation>Kinesis</translation>
        </message>
        <message>
            <source>An ordered, replayable stream of records split into shards; Lambda or your consumer applications poll each shard (stream poll).</source>
            <translation>Ein geordneter, wiederabspielbarer Stream von Datensätzen, aufgeteilt in Shards; Lambda oder Ihre Consumer-Anwendungen fragen jeden Shard ab (Stream-Poll).</translation>
        </message>
        <message>
            <source>A Kinesis data stream is a log of records split into shards. A producer puts each record with a partition key; the key decides the shard, and order is kept within a shard. Records stay in the stream for 24 hours by default (up to 365 days), so several consumers can read the same data independently and replay it. Capacity is either provisioned (you choose the shards, as this node models) or on-demand (Kinesis manages the shards).</source>
            <translation>Ein Kinesis-Datenstream ist ein Log von Datensätzen, aufgeteilt in Shards. Ein Producer schreibt jeden Datensatz mit einem Partitionsschlüssel; der Schlüssel bestimmt den Shard, und innerhalb eines Shards bleibt die Reihenfolge erhalten. Datensätze bleiben standardmäßig 24 Stunden im Stream (bis zu 365 Tage), sodass mehrere Consumer dieselben Daten unabhängig voneinander lesen und erneut abspielen können. Die Kapazität ist entweder bereitgestellt (Sie wählen die Shards, wie dieser Knoten es modelliert) oder on-demand (Kinesis verwaltet die Shards).</translation>
        </message>
        <message>
            <source>Each shard takes in up to 1 MB or 1,000 records per second and serves 2 MB per second of reads, shared by all standard consumers (at most 5 read calls per second), or 2 MB per second per consumer with enhanced fan-out. A producer that writes faster than its shards allow is throttled and must retry. The default maximum record is 1 MiB; a stream can be configured to accept occasional records of up to 10 MiB.</source>
            <translation>Jeder Shard nimmt bis zu 1 MB oder 1,000 Datensätze pro Sekunde auf und liefert 2 MB pro Sekunde an Lesevorgängen, geteilt von allen Standard-Consumern (höchstens 5 Leseaufrufe pro Sekunde), oder 2 MB pro Sekunde pro Consumer mit Enhanced Fan-Out. Ein Producer, der schneller schreibt, als seine Shards erlauben, wird gedrosselt und muss es erneut versuchen. Der Standard-Höchstwert für einen Datensatz ist 1 MiB; ein Stream kann so konfiguriert werden, dass er gelegentlich Datensätze bis zu 10 MiB annimmt.</translation>
        </message>
        <message>
            <source>Toward Lambda it is a stream poll. Lambda's event source mapping polls every shard and invokes the function synchronously with batches of records (100 by default, up to 10,000, with an optional batching window), again as soon as records wait. Concurrency here is not requests × duration: it is at most shards × parallelization factor (1–10). Four shards with a factor of 2 never run more than 8 invocations at once, whatever the rate; extra load becomes backlog, visible as a growing iterator age.</source>
            <translation>Gegenüber Lambda ist es ein Stream-Poll. Das Event Source Mapping von Lambda fragt jeden Shard ab und ruft die Funktion synchron mit Batches von Datensätzen auf (standardmäßig 100, bis zu 10,000, mit optionalem Batching-Fenster), erneut sobald Datensätze warten. Die Concurrency ist hier nicht Anfragen × Dauer: Sie beträgt höchstens Shards × Parallelisierungsfaktor (1–10). Vier Shards mit einem Faktor von 2 führen nie mehr als 8 Aufrufe gleichzeitig aus, egal bei welcher Rate; zusätzliche Last wird zum Rückstau, sichtbar an einem wachsenden Iterator-Alter.</translation>
        </message>
        <message>
            <source>A batch that fails is retried until it succeeds or its records expire, and meanwhile that shard stops moving. Use bisect-on-error, a maximum number of retries, a maximum record age and an on-failure destination (SQS, SNS or S3) to keep shards flowing.</source>
            <translation>Ein fehlgeschlagener Batch wird wiederholt, bis er erfolgreich ist oder seine Datensätze ablaufen, und währenddessen steht dieser Shard still. Verwenden Sie Bisect-on-Error, eine maximale Anzahl von Wiederholungen, ein maximales Datensatzalter und ein On-Failure-Ziel (SQS, SNS oder S3), damit die Shards in Bewegung bleiben.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 it is also a stream poll: a consumer application, usually built on the Kinesis Client Library, shares the shards among its workers through leases kept in a DynamoDB table. Each shard is read by one worker at a time, so more workers than shards add nothing.</source>
            <translation>Gegenüber Containern und EC2 ist es ebenfalls ein Stream-Poll: Eine Consumer-Anwendung, meist auf Basis der Kinesis Client Library, verteilt die Shards über Leases, die in einer DynamoDB-Tabelle gehalten werden, auf ihre Worker. Jeder Shard wird jeweils von nur einem Worker gelesen, daher bringen mehr Worker als Shards nichts.</translation>
        </message>
        <message>
            <source>Cost: $0.015 per shard-hour (about $11 per shard per month, paid whether or not data flows) plus $0.014 per million PUT payload units; each record is rounded up to whole 25 KB units. Extended retention, enhanced fan-out and on-demand mode are priced separately. Lambda pays nothing extra to read the stream with standard polling.</source>
            <translation>Kosten: $0.015 pro Shard-Stunde (etwa $11 pro Shard und Monat, zu zahlen unabhängig davon, ob Daten fließen) plus $0.014 pro Million PUT-Payload-Einheiten; jeder Datensatz wird auf ganze 25-KB-Einheiten aufgerundet. Verlängerte Aufbewahrung, Enhanced Fan-Out und der On-Demand-Modus werden separat berechnet. Lambda zahlt für das Lesen des Streams mit Standard-Polling nichts zusätzlich.</translation>
        </message>
        <message>
            <source>Shards</source>
            <translation>Shards</translation>
        </message>
        <message>
            <source>Each shard takes 1 MB/s or 1,000 records/s in and 2 MB/s out, and costs $0.015 an hour. Lambda runs at most shards × parallelization factor batches at once.</source>
            <translation>Jeder Shard nimmt 1 MB/s oder 1,000 Datensätze/s auf, gibt 2 MB/s aus und kostet $0.015 pro Stunde. Lambda führt höchstens Shards × Parallelisierungsfaktor Batches gleichzeitig aus.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Verkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Events, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Events, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, mit Wochenenden skaliert um den Wochenendfaktor. spiky: eine gleichmäßige Rate mit regelmäßigen Lastspitzen. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus CSV importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram. Usually 0: this node is normally fed by writes wired in on the canvas. Set a rate for traffic the diagram does not show (other systems or users). For a stream these are records put.</source>
            <translation>Mittlere Anzahl Events pro Sekunde, die von außerhalb des Diagramms eintreffen. Meist 0: Dieser Knoten wird normalerweise durch Schreibvorgänge gespeist, die auf der Zeichenfläche verbunden sind. Legen Sie eine Rate für Verkehr fest, den das Diagramm nicht zeigt (andere Systeme oder Benutzer). Bei einem Stream sind dies geschriebene Datensätze.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Events/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 ist flach.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0.5 ist halb so viel Betrieb; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Spitzenrate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während einer Lastspitze, in Events pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Lastspitze alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn einer Lastspitze bis zum Beginn der nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Dauer der Lastspitze</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jede Lastspitze dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von Punkten [Zeit in Sekunden ab Start, Events pro Sekunde], zwischen den Punkten linear interpoliert. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Writes per shard</source>
            <translation>Schreibvorgänge pro Shard</translation>
        </message>
        <message>
            <source>MB/s</source>
            <translation>MB/s</translation>
        </message>
        <message>
            <source>Records written per shard</source>
            <translation>Geschriebene Datensätze pro Shard</translation>
        </message>
        <message>
            <source>records/s</source>
            <translation>Datensätze/s</translation>
        </message>
        <message>
            <source>Reads per shard, shared by standard consumers</source>
            <translation>Lesevorgänge pro Shard, geteilt von Standard-Consumern</translation>
        </message>
        <message>
            <source>Read calls per shard</source>
            <translation>Leseaufrufe pro Shard</translation>
        </message>
        <message>
            <source>per s</source>
            <translation>pro s</translation>
        </message>
        <message>
            <source>Retention (default)</source>
            <translation>Aufbewahrung (Standard)</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>Retention (maximum)</source>
            <translation>Aufbewahrung (Maximum)</translation>
        </message>
        <message>
            <source>Maximum record (default)</source>
            <translation>Maximaler Datensatz (Standard)</translation>
        </message>
        <message>
            <source>MiB</source>
            <translation>MiB</translation>
        </message>
        <message>
            <source>Maximum record (configurable)</source>
            <translation>Maximaler Datensatz (konfigurierbar)</translation>
        </message>
        <message>
            <source>PUT payload unit</source>
            <translation>PUT-Payload-Einheit</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Shard hours</source>
            <translation>Shard-Stunden</translation>
        </message>
        <message>
            <source>per shard-hour</source>
            <translation>pro Shard-Stunde</translation>
        </message>
        <message>
            <source>PUT payload units (25 KB)</source>
            <translation>PUT-Payload-Einheiten (25 KB)</translation>
        </message>
        <message>
            <source>per million PUT payload units</source>
            <translation>pro Million PUT-Payload-Einheiten</translation>
        </message>
        <message>
            <source>shard-hours</source>
            <translation>Shard-Stunden</translation>
        </message>
        <message>
            <source>PUT payload units</source>
            <translation>PUT-Nutzlasteinheiten</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Stream</translation>
        </message>
        <message>
            <source>stream</source>
            <translation>Stream</translation>
        </message>
        <message>
            <source>streaming</source>
            <translation>Streaming</translation>
        </message>
        <message>
            <source>records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>shards</source>
            <translation>Shards</translation>
        </message>
        <message>
            <source>real-time</source>
            <translation>Echtzeit</translation>
        </message>
    </context>
    <context>
        <name>catalog:lambda</name>
        <message>
            <source>AWS Lambda function</source>
            <translation>AWS-Lambda-Funktion</translation>
        </message>
        <message>
            <source>Lambda</source>
            <translation>Lambda</translation>
        </message>
        <message>
            <source>Runs your code in response to events; you pay per request and per millisecond of run time, never for idle.</source>
            <translation>Führt Ihren Code als Reaktion auf Events aus; Sie zahlen pro Anfrage und pro Millisekunde Laufzeit, nie für Leerlauf.</translation>
        </message>
        <message>
            <source>Lambda runs a function: the unit of scale is one function invocation, and the language runtime is abstracted away. There are no servers to patch or scale, and you pay nothing while no events arrive.</source>
            <translation>Lambda führt eine Funktion aus: Die Skalierungseinheit ist ein einzelner Funktionsaufruf, und die Sprach-Runtime wird abstrahiert. Es gibt keine Server zu patchen oder zu skalieren, und Sie zahlen nichts, solange keine Events eintreffen.</translation>
        </message>
        <message>
            <source>Anatomy of a function. The handler is the method Lambda calls on every invocation. The event object carries what happened, in a format fixed by the service that sent it (an S3 object notification, an API Gateway request, a batch of SQS messages). The context object describes the invocation: the request id, the function's name and memory, and how much time is left before the timeout.</source>
            <translation>Aufbau einer Funktion. Der Handler ist die Methode, die Lambda bei jedem Aufruf aufruft. Das Event-Objekt beschreibt, was passiert ist, in einem Format, das der sendende Dienst festlegt (eine S3-Objektbenachrichtigung, eine API-Gateway-Anfrage, ein Batch von SQS-Nachrichten). Das Kontextobjekt beschreibt den Aufruf: die Request-ID, Name und Arbeitsspeicher der Funktion und wie viel Zeit bis zum Timeout bleibt.</translation>
        </message>
        <message>
            <source>Resources. You choose memory from 128 MB to 10,240 MB in 1 MB steps; CPU and network bandwidth grow in proportion, with one full vCPU at 1,769 MB and up to 6 vCPUs. /tmp can be sized up to 10,240 MB. There is no GPU. The timeout is 3 seconds by default and at most 15 minutes (older notes say 5 minutes and 3 GB of memory: both limits were raised).</source>
            <translation>Ressourcen. Sie wählen den Arbeitsspeicher von 128 MB bis 10,240 MB in Schritten von 1 MB; CPU und Netzwerkbandbreite wachsen proportional mit, mit einer vollen vCPU bei 1,769 MB und bis zu 6 vCPUs. /tmp kann bis zu 10,240 MB groß sein. Es gibt keine GPU. Der Timeout beträgt standardmäßig 3 Sekunden und höchstens 15 Minuten (ältere Notizen nennen 5 Minuten und 3 GB Arbeitsspeicher: Beide Limits wurden angehoben).</translation>
        </message>
        <message>
            <source>Stateless. Keep nothing you need between invocations in the function: persist data in DynamoDB, S3 or another store. Lambda may reuse a warm execution environment, but it may also create a new one at any time.</source>
            <translation>Zustandslos. Behalten Sie nichts, was Sie zwischen Aufrufen brauchen, in der Funktion: Speichern Sie Daten dauerhaft in DynamoDB, S3 oder einem anderen Speicher. Lambda kann eine warme Ausführungsumgebung wiederverwenden, aber jederzeit auch eine neue erstellen.</translation>
        </message>
        <message>
            <source>Cold starts. When no warm environment is free, Lambda creates one: it downloads your code, starts the runtime and runs your initialisation code before the handler. That adds latency (from under 100 ms to several seconds) and, since August 2025, the init phase is billed too. Provisioned concurrency keeps environments initialised in advance, for a price.</source>
            <translation>Kaltstarts. Wenn keine warme Umgebung frei ist, erstellt Lambda eine: Es lädt Ihren Code herunter, startet die Runtime und führt Ihren Initialisierungscode vor dem Handler aus. Das erhöht die Latenz (von unter 100 ms bis zu mehreren Sekunden), und seit August 2025 wird auch die Init-Phase abgerechnet. Provisioned Concurrency hält Umgebungen gegen Aufpreis im Voraus initialisiert.</translation>
        </message>
        <message>
            <source>Concurrency. Concurrency = requests per second × average duration in seconds (Little's law): 100 requests/s of 500 ms need 50 concurrent environments. For a Kinesis or DynamoDB stream, concurrency is set by the shards: at most shards × parallelization factor. An account has 1,000 concurrent executions per Region by default, shared by all functions without reserved concurrency. Each function scales by up to 1,000 new environments every 10 seconds.</source>
            <translation>Concurrency. Concurrency = Anfragen pro Sekunde × mittlere Dauer in Sekunden (Little's Law): 100 Anfragen/s zu je 500 ms benötigen 50 gleichzeitige Umgebungen. Bei einem Kinesis- oder DynamoDB-Stream wird die Concurrency durch die Shards bestimmt: höchstens Shards × Parallelisierungsfaktor. Ein Konto hat standardmäßig 1,000 gleichzeitige Ausführungen pro Region, geteilt von allen Funktionen ohne Reserved Concurrency. Jede Funktion skaliert um bis zu 1,000 neue Umgebungen alle 10 Sekunden.</translation>
        </message>
        <message>
            <source>Reserved concurrency both guarantees and caps a function's share of the pool; AWS always leaves at least 100 unreserved for the other functions. Beyond its limit, synchronous callers get HTTP 429 throttling errors, asynchronous events wait in Lambda's internal queue (retried twice, kept up to 6 hours), and stream or queue sources fall behind.</source>
            <translation>Reserved Concurrency garantiert und begrenzt zugleich den Anteil einer Funktion am Pool; AWS lässt immer mindestens 100 unreserviert für die übrigen Funktionen. Jenseits dieses Limits erhalten synchrone Aufrufer HTTP-429-Drosselungsfehler, asynchrone Events warten in der internen Queue von Lambda (zweimal wiederholt, bis zu 6 Stunden aufbewahrt), und Stream- oder Queue-Quellen geraten in Rückstand.</translation>
        </message>
        <message>
            <source>Billing. Requests cost $0.20 per million; duration is billed per 1 ms at $0.0000166667 per GB-second on x86 and $0.0000133334 on Arm (Graviton). The free tier includes 1 million requests and 400,000 GB-seconds a month.</source>
            <translation>Abrechnung. Anfragen kosten $0.20 pro Million; die Dauer wird pro 1 ms abgerechnet, mit $0.0000166667 pro GB-Sekunde auf x86 und $0.0000133334 auf Arm (Graviton). Das kostenlose Kontingent umfasst 1 Million Anfragen und 400,000 GB-Sekunden pro Monat.</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Arbeitsspeicher</translation>
        </message>
        <message>
            <source>128–10,240 MB. CPU grows with memory: one vCPU at 1,769 MB.</source>
            <translation>128–10,240 MB. Die CPU wächst mit dem Arbeitsspeicher: eine vCPU bei 1,769 MB.</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>MB</translation>
        </message>
        <message>
            <source>Mean duration</source>
            <translation>Mittlere Dauer</translation>
        </message>
        <message>
            <source>Average run time of one invocation, used for concurrency (rate × duration) and billing.</source>
            <translation>Mittlere Laufzeit eines Aufrufs, verwendet für die Concurrency (Rate × Dauer) und die Abrechnung.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architektur</translation>
        </message>
        <message>
            <source>arm64 (Graviton) costs about 20 % less per GB-second.</source>
            <translation>arm64 (Graviton) kostet etwa 20 % weniger pro GB-Sekunde.</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Zeitlimit</translation>
        </message>
        <message>
            <source>3 s by default, 900 s (15 minutes) at most.</source>
            <translation>Standardmäßig 3 s, höchstens 900 s (15 Minuten).</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Reserved concurrency</source>
            <translation>Reserved Concurrency</translation>
        </message>
        <message>
            <source>Guarantees and caps this function's concurrency. Empty: shares the account's unreserved pool. 0 stops all invocations.</source>
            <translation>Garantiert und begrenzt die Concurrency dieser Funktion. Leer: teilt sich den unreservierten Pool des Kontos. 0 stoppt alle Aufrufe.</translation>
        </message>
        <message>
            <source>Provisioned concurrency</source>
            <translation>Provisioned Concurrency</translation>
        </message>
        <message>
            <source>Environments kept initialised: no cold starts up to this level, billed while enabled.</source>
            <translation>Initialisiert gehaltene Umgebungen: keine Kaltstarts bis zu diesem Niveau, abgerechnet, solange aktiviert.</translation>
        </message>
        <message>
            <source>Runtime</source>
            <translation>Laufzeitumgebung</translation>
        </message>
        <message>
            <source>Sets the default cold-start time; Java and .NET start slowest unless SnapStart is used.</source>
            <translation>Legt die Standard-Kaltstartzeit fest; Java und .NET starten am langsamsten, sofern nicht SnapStart verwendet wird.</translation>
        </message>
        <message>
            <source>Cold start</source>
            <translation>Kaltstart</translation>
        </message>
        <message>
            <source>Extra latency (and billed init time) when a new execution environment is created.</source>
            <translation>Zusätzliche Latenz (und abgerechnete Init-Zeit), wenn eine neue Ausführungsumgebung erstellt wird.</translation>
        </message>
        <message>
            <source>Async retries</source>
            <translation>Asynchrone Wiederholungen</translation>
        </message>
        <message>
            <source>Retries for asynchronous invocations (0–2, default 2).</source>
            <translation>Wiederholungen für asynchrone Aufrufe (0–2, Standard 2).</translation>
        </message>
        <message>
            <source>CPU-bound share</source>
            <translation>CPU-gebundener Anteil</translation>
        </message>
        <message>
            <source>Fraction of the duration spent computing (it shrinks with more memory); the rest waits on I/O.</source>
            <translation>Anteil der Dauer, der mit Rechnen verbracht wird (er schrumpft mit mehr Arbeitsspeicher); der Rest wartet auf I/O.</translation>
        </message>
        <message>
            <source>Single-threaded</source>
            <translation>Einzelthread</translation>
        </message>
        <message>
            <source>A single-threaded handler gains nothing from more than one vCPU.</source>
            <translation>Ein single-threaded Handler profitiert nicht von mehr als einer vCPU.</translation>
        </message>
        <message>
            <source>Maximum timeout</source>
            <translation>Maximaler Timeout</translation>
        </message>
        <message>
            <source>Maximum memory</source>
            <translation>Maximaler Arbeitsspeicher</translation>
        </message>
        <message>
            <source>Memory for one vCPU</source>
            <translation>Arbeitsspeicher für eine vCPU</translation>
        </message>
        <message>
            <source>Maximum vCPUs</source>
            <translation>Maximale vCPUs</translation>
        </message>
        <message>
            <source>vCPU</source>
            <translation>vCPU</translation>
        </message>
        <message>
            <source>Default account concurrency</source>
            <translation>Standard-Concurrency des Kontos</translation>
        </message>
        <message>
            <source>Unreserved pool kept</source>
            <translation>Freigehaltener unreservierter Pool</translation>
        </message>
        <message>
            <source>New environments per 10 s per function</source>
            <translation>Neue Umgebungen pro 10 s pro Funktion</translation>
        </message>
        <message>
            <source>Async event maximum age</source>
            <translation>Maximales Alter asynchroner Events</translation>
        </message>
        <message>
            <source>Synchronous payload</source>
            <translation>Synchrone Payload</translation>
        </message>
        <message>
            <source>Asynchronous payload</source>
            <translation>Asynchrone Payload</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Free tier requests per month</source>
            <translation>Kostenlose Anfragen pro Monat</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>Free tier compute per month</source>
            <translation>Kostenlose Rechenzeit pro Monat</translation>
        </message>
        <message>
            <source>GB-s</source>
            <translation>GB-s</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>per million requests</source>
            <translation>pro Million Anfragen</translation>
        </message>
        <message>
            <source>Duration (x86)</source>
            <translation>Dauer (x86)</translation>
        </message>
        <message>
            <source>per GB-second</source>
            <translation>pro GB-Sekunde</translation>
        </message>
        <message>
            <source>Duration (Arm)</source>
            <translation>Dauer (Arm)</translation>
        </message>
        <message>
            <source>Provisioned concurrency (x86)</source>
            <translation>Provisioned Concurrency (x86)</translation>
        </message>
        <message>
            <source>Provisioned concurrency (Arm)</source>
            <translation>Provisioned Concurrency (Arm)</translation>
        </message>
        <message>
            <source>Duration with provisioned concurrency (x86)</source>
            <translation>Dauer mit Provisioned Concurrency (x86)</translation>
        </message>
        <message>
            <source>environments</source>
            <translation>Umgebungen</translation>
        </message>
        <message>
            <source>Init (cold starts)</source>
            <translation>Init (Kaltstarts)</translation>
        </message>
        <message>
            <source>Duration on provisioned concurrency</source>
            <translation>Dauer mit bereitgestellter Parallelität</translation>
        </message>
        <message>
            <source>Duration variability</source>
            <translation>Streuung der Dauer</translation>
        </message>
        <message>
            <source>Coefficient of variation of the duration (standard deviation over mean): 0 means every request takes the same time, 1 is as variable as an exponential. Variable durations lengthen queues and the slow end of latency.</source>
            <translation>Variationskoeffizient der Dauer (Standardabweichung durch Mittelwert): 0 heißt, jede Anfrage dauert gleich lang, 1 streut wie eine Exponentialverteilung. Stark streuende Dauern verlängern Warteschlangen und die langsamen Latenzen.</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>serverless</source>
            <translation>serverlos</translation>
        </message>
        <message>
            <source>FaaS</source>
            <translation>FaaS</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Code</translation>
        </message>
    </context>
    <context>
        <name>catalog:opensearch</name>
        <message>
            <source>Amazon OpenSearch Service domain</source>
            <translation>Amazon-OpenSearch-Service-Domain</translation>
        </message>
        <message>
            <source>OpenSearch</source>
            <translation>OpenSearch</translation>
        </message>
        <message>
            <source>A managed OpenSearch (formerly Elasticsearch) cluster for search and log analytics; a destination that compute writes to, never an event source.</source>
            <translation>Ein verwalteter OpenSearch-Cluster (früher Elasticsearch) für Suche und Log-Analyse; ein Ziel, in das Compute schreibt, niemals eine Event-Quelle.</translation>
        </message>
        <message>
            <source>Amazon OpenSearch Service runs OpenSearch clusters (and older Elasticsearch versions; the service was called Amazon Elasticsearch Service until 2021) for full-text search, log analytics and dashboards. A domain is a cluster of instances whose type and count you choose, with EBS storage.</source>
            <translation>Amazon OpenSearch Service betreibt OpenSearch-Cluster (und ältere Elasticsearch-Versionen; der Dienst hieß bis 2021 Amazon Elasticsearch Service) für Volltextsuche, Log-Analyse und Dashboards. Eine Domain ist ein Cluster aus Instanzen, deren Typ und Anzahl Sie wählen, mit EBS-Speicher.</translation>
        </message>
        <message>
            <source>On the canvas it is a sink only. Compute writes documents into it, best in batches with the bulk API; IoT rules can also write to it directly. A common pipeline indexes a table for search: DynamoDB stream → Lambda → OpenSearch.</source>
            <translation>Auf der Zeichenfläche ist sie ausschließlich eine Senke. Compute schreibt Dokumente hinein, am besten in Batches mit der Bulk-API; auch IoT-Regeln können direkt hineinschreiben. Eine gängige Pipeline indexiert eine Tabelle für die Suche: DynamoDB-Stream → Lambda → OpenSearch.</translation>
        </message>
        <message>
            <source>It is not an event source: OpenSearch does not invoke Lambda or push events anywhere, so a trigger wire from it is refused, toward Lambda and toward containers alike. To react to new data, trigger from where the data enters (the stream or queue in front of OpenSearch).</source>
            <translation>Sie ist keine Event-Quelle: OpenSearch ruft weder Lambda auf noch sendet es Events irgendwohin, daher wird eine Trigger-Verbindung von ihr abgelehnt, sowohl zu Lambda als auch zu Containern. Um auf neue Daten zu reagieren, lösen Sie dort aus, wo die Daten eintreten (im Stream oder in der Queue vor OpenSearch).</translation>
        </message>
        <message>
            <source>A domain is provisioned capacity: you pay per instance-hour whether it is queried or not (pay for idle, like EC2). Many concurrent Lambda invocations writing at once can overload a small domain, which then rejects writes with HTTP 429; cap the writer's concurrency (reserved concurrency, or the SQS wire's maximum concurrency) to protect it.</source>
            <translation>Eine Domain ist bereitgestellte Kapazität: Sie zahlen pro Instanzstunde, ob sie abgefragt wird oder nicht (Zahlung für Leerlauf, wie bei EC2). Viele gleichzeitige Lambda-Aufrufe, die auf einmal schreiben, können eine kleine Domain überlasten, die dann Schreibvorgänge mit HTTP 429 ablehnt; begrenzen Sie die Concurrency des Schreibers (Reserved Concurrency oder die maximale Concurrency der SQS-Verbindung), um sie zu schützen.</translation>
        </message>
        <message>
            <source>For production, AWS recommends at least three data nodes across three Availability Zones and dedicated master nodes; burstable t3 instances suit development and test only.</source>
            <translation>Für die Produktion empfiehlt AWS mindestens drei Datenknoten über drei Availability Zones und dedizierte Master-Knoten; burstfähige t3-Instanzen eignen sich nur für Entwicklung und Test.</translation>
        </message>
        <message>
            <source>Cost: m6g.large.search costs $0.128 and t3.small.search $0.036 per instance-hour; EBS storage is billed per GB-month on top. OpenSearch Serverless is an alternative billed per OpenSearch Compute Unit-hour, with a minimum.</source>
            <translation>Kosten: m6g.large.search kostet $0.128 und t3.small.search $0.036 pro Instanzstunde; EBS-Speicher wird zusätzlich pro GB-Monat abgerechnet. OpenSearch Serverless ist eine Alternative, die pro OpenSearch-Compute-Unit-Stunde abgerechnet wird, mit einem Minimum.</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>Instanztyp</translation>
        </message>
        <message>
            <source>t3.small.search: 2 vCPU, 2 GiB, burstable, for development and test ($0.036/h). m6g.large.search: 2 vCPU, 8 GiB, Graviton ($0.128/h).</source>
            <translation>t3.small.search: 2 vCPU, 2 GiB, burstfähig, für Entwicklung und Test ($0.036/h). m6g.large.search: 2 vCPU, 8 GiB, Graviton ($0.128/h).</translation>
        </message>
        <message>
            <source>Data nodes</source>
            <translation>Datenknoten</translation>
        </message>
        <message>
            <source>Instances in the domain, each billed per hour. Three or more across three Availability Zones are recommended for production.</source>
            <translation>Instanzen in der Domain, jeweils pro Stunde abgerechnet. Für die Produktion werden drei oder mehr über drei Availability Zones empfohlen.</translation>
        </message>
        <message>
            <source>Data nodes recommended for production</source>
            <translation>Empfohlene Datenknoten für die Produktion</translation>
        </message>
        <message>
            <source>Maximum HTTP request, t3.small.search</source>
            <translation>Maximale HTTP-Anfrage, t3.small.search</translation>
        </message>
        <message>
            <source>MiB</source>
            <translation>MiB</translation>
        </message>
        <message>
            <source>Maximum HTTP request, m6g.large.search</source>
            <translation>Maximale HTTP-Anfrage, m6g.large.search</translation>
        </message>
        <message>
            <source>m6g.large.search instance</source>
            <translation>m6g.large.search-Instanz</translation>
        </message>
        <message>
            <source>per instance-hour</source>
            <translation>pro Instanzstunde</translation>
        </message>
        <message>
            <source>t3.small.search instance</source>
            <translation>t3.small.search-Instanz</translation>
        </message>
        <message>
            <source>instance-hours</source>
            <translation>Instanzstunden</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Elasticsearch</source>
            <translation>Elasticsearch</translation>
        </message>
        <message>
            <source>logs</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <source>analytics</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>index</source>
            <translation>Index</translation>
        </message>
    </context>
    <context>
        <name>catalog:s3</name>
        <message>
            <source>Amazon S3 bucket</source>
            <translation>Amazon-S3-Bucket</translation>
        </message>
        <message>
            <source>S3</source>
            <translation>S3</translation>
        </message>
        <message>
            <source>Durable object storage that compute writes to, and whose object events (created, removed, …) invoke Lambda asynchronously.</source>
            <translation>Dauerhafter Objektspeicher, in den Compute schreibt und dessen Objekt-Events (erstellt, entfernt, …) Lambda asynchron aufrufen.</translation>
        </message>
        <message>
            <source>S3 stores objects (files up to 5 TB each) in buckets, with very high durability, and charges per GB-month stored and per request. On the canvas a bucket is both a store that compute writes objects to and a source: object events such as 'object created' or 'object removed' can start more work.</source>
            <translation>S3 speichert Objekte (Dateien bis zu je 5 TB) in Buckets, mit sehr hoher Dauerhaftigkeit, und berechnet pro gespeichertem GB-Monat und pro Anfrage. Auf der Zeichenfläche ist ein Bucket sowohl ein Speicher, in den Compute Objekte schreibt, als auch eine Quelle: Objekt-Events wie 'object created' oder 'object removed' können weitere Arbeit anstoßen.</translation>
        </message>
        <message>
            <source>Toward Lambda it is an asynchronous push. S3 hands the event to Lambda's internal queue and moves on; the function runs shortly afterwards. Events are delivered at least once, usually within seconds but sometimes a minute or more later, and in no guaranteed order, so the function must be idempotent. Prefix and suffix filters choose which objects fire (set the wire's ratio to the share that passes). Lambda's asynchronous rules apply: a failed event is retried twice, an event that cannot run (throttled) is kept for up to 6 hours, and then it is dropped unless the function has a failure destination (an SQS queue or SNS topic: a failure wire on the canvas).</source>
            <translation>Gegenüber Lambda ist es ein asynchroner Push. S3 übergibt das Event an die interne Queue von Lambda und macht weiter; die Funktion läuft kurz danach. Events werden mindestens einmal zugestellt, meist innerhalb von Sekunden, manchmal aber erst eine Minute oder länger später, und ohne garantierte Reihenfolge, daher muss die Funktion idempotent sein. Präfix- und Suffixfilter bestimmen, welche Objekte auslösen (setzen Sie das Verhältnis der Verbindung auf den Anteil, der durchkommt). Es gelten die asynchronen Regeln von Lambda: Ein fehlgeschlagenes Event wird zweimal wiederholt, ein Event, das nicht laufen kann (gedrosselt), wird bis zu 6 Stunden aufbewahrt und danach verworfen, sofern die Funktion kein Fehlerziel hat (eine SQS-Queue oder ein SNS-Topic: eine Fehlerverbindung auf der Zeichenfläche).</translation>
        </message>
        <message>
            <source>Toward containers and EC2 the wire is refused. S3 event notifications can go only to Lambda, SNS topics, SQS queues (standard queues, not FIFO) and EventBridge. To reach an ECS, EKS or EC2 service, route through SNS, SQS or EventBridge: for example S3 → SQS → workers that poll the queue and scale on its depth, or S3 → EventBridge → an ECS task per object.</source>
            <translation>Gegenüber Containern und EC2 wird die Verbindung abgelehnt. S3-Event-Benachrichtigungen können nur an Lambda, SNS-Topics, SQS-Queues (Standard-Queues, nicht FIFO) und EventBridge gehen. Um einen ECS-, EKS- oder EC2-Dienst zu erreichen, leiten Sie über SNS, SQS oder EventBridge: zum Beispiel S3 → SQS → Worker, die die Queue abfragen und nach ihrer Tiefe skalieren, oder S3 → EventBridge → ein ECS-Task pro Objekt.</translation>
        </message>
        <message>
            <source>Beware of loops: a function that writes its output into the bucket (and prefix) that triggers it will trigger itself again and again. Write results to another bucket or prefix.</source>
            <translation>Vorsicht vor Schleifen: Eine Funktion, die ihre Ausgabe in den Bucket (und das Präfix) schreibt, der sie auslöst, löst sich immer wieder selbst aus. Schreiben Sie Ergebnisse in einen anderen Bucket oder ein anderes Präfix.</translation>
        </message>
        <message>
            <source>Throughput: a bucket supports at least 3,500 PUT, COPY, POST or DELETE and 5,500 GET or HEAD requests per second per prefix, and scales further across prefixes.</source>
            <translation>Durchsatz: Ein Bucket unterstützt mindestens 3,500 PUT-, COPY-, POST- oder DELETE- und 5,500 GET- oder HEAD-Anfragen pro Sekunde pro Präfix und skaliert über mehrere Präfixe hinweg weiter.</translation>
        </message>
        <message>
            <source>Cost: PUT, COPY, POST and LIST requests cost $0.005 per 1,000 and GET requests $0.0004 per 1,000 (S3 Standard). Event notifications carry no charge of their own: you pay for whatever they invoke. Storage (about $0.023 per GB-month in S3 Standard) and data transfer are billed as well but are not among this node's prices.</source>
            <translation>Kosten: PUT-, COPY-, POST- und LIST-Anfragen kosten $0.005 pro 1,000 und GET-Anfragen $0.0004 pro 1,000 (S3 Standard). Event-Benachrichtigungen kosten selbst nichts: Sie zahlen für das, was sie aufrufen. Speicher (etwa $0.023 pro GB-Monat in S3 Standard) und Datenübertragung werden ebenfalls abgerechnet, gehören aber nicht zu den Preisen dieses Knotens.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Verkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Events, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Events, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, mit Wochenenden skaliert um den Wochenendfaktor. spiky: eine gleichmäßige Rate mit regelmäßigen Lastspitzen. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus CSV importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram. Usually 0: this node is normally fed by writes wired in on the canvas. Set a rate for traffic the diagram does not show (other systems or users). For a bucket these are object events, for example uploads by users.</source>
            <translation>Mittlere Anzahl Events pro Sekunde, die von außerhalb des Diagramms eintreffen. Meist 0: Dieser Knoten wird normalerweise durch Schreibvorgänge gespeist, die auf der Zeichenfläche verbunden sind. Legen Sie eine Rate für Verkehr fest, den das Diagramm nicht zeigt (andere Systeme oder Benutzer). Bei einem Bucket sind dies Objekt-Events, zum Beispiel Uploads von Benutzern.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Events/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 ist flach.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0.5 ist halb so viel Betrieb; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Spitzenrate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während einer Lastspitze, in Events pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Lastspitze alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn einer Lastspitze bis zum Beginn der nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Dauer der Lastspitze</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jede Lastspitze dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von Punkten [Zeit in Sekunden ab Start, Events pro Sekunde], zwischen den Punkten linear interpoliert. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Maximum object size</source>
            <translation>Maximale Objektgröße</translation>
        </message>
        <message>
            <source>TB</source>
            <translation>TB</translation>
        </message>
        <message>
            <source>Maximum single PUT (larger objects need multipart upload)</source>
            <translation>Maximaler einzelner PUT (größere Objekte erfordern Multipart-Upload)</translation>
        </message>
        <message>
            <source>GB</source>
            <translation>GB</translation>
        </message>
        <message>
            <source>PUT/COPY/POST/DELETE per prefix</source>
            <translation>PUT/COPY/POST/DELETE pro Präfix</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>Anfragen/s</translation>
        </message>
        <message>
            <source>GET/HEAD per prefix</source>
            <translation>GET/HEAD pro Präfix</translation>
        </message>
        <message>
            <source>PUT, COPY, POST, LIST requests</source>
            <translation>PUT-, COPY-, POST-, LIST-Anfragen</translation>
        </message>
        <message>
            <source>per 1,000 requests</source>
            <translation>pro 1,000 Anfragen</translation>
        </message>
        <message>
            <source>GET requests</source>
            <translation>GET-Anfragen</translation>
        </message>
        <message>
            <source>Event notifications</source>
            <translation>Event-Benachrichtigungen</translation>
        </message>
        <message>
            <source>no charge of their own</source>
            <translation>keine eigenen Kosten</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>Bucket</source>
            <translation>Bucket</translation>
        </message>
        <message>
            <source>bucket</source>
            <translation>Bucket</translation>
        </message>
        <message>
            <source>object storage</source>
            <translation>Objektspeicher</translation>
        </message>
        <message>
            <source>files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>upload</source>
            <translation>Hochladen</translation>
        </message>
    </context>
    <context>
        <name>catalog:sns</name>
        <message>
            <source>Amazon SNS topic</source>
            <translation>Amazon-SNS-Topic</translation>
        </message>
        <message>
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <source>A publish/subscribe topic that pushes a copy of every message to every subscriber, asynchronously (fan-out).</source>
            <translation>Ein Publish/Subscribe-Topic, das eine Kopie jeder Nachricht asynchron an jeden Abonnenten pusht (Fan-Out).</translation>
        </message>
        <message>
            <source>SNS is publish/subscribe messaging. A publisher sends a message to a topic once, and SNS pushes a copy to every subscription: Lambda functions, SQS queues, HTTP/S endpoints, email, SMS, mobile push, Firehose. A filter policy on a subscription lets that subscriber receive only the messages it cares about. One publish can thus become many deliveries (fan-out).</source>
            <translation>SNS ist Publish/Subscribe-Messaging. Ein Publisher sendet eine Nachricht einmal an ein Topic, und SNS pusht eine Kopie an jedes Abonnement: Lambda-Funktionen, SQS-Queues, HTTP/S-Endpunkte, E-Mail, SMS, Mobile Push, Firehose. Mit einer Filterrichtlinie auf einem Abonnement erhält dieser Abonnent nur die Nachrichten, die ihn interessieren. Eine Veröffentlichung kann so zu vielen Zustellungen werden (Fan-Out).</translation>
        </message>
        <message>
            <source>Toward Lambda it is an asynchronous push: SNS invokes the function asynchronously with one message per invocation. Lambda's asynchronous rules apply: the event waits in Lambda's internal queue, a failure is retried twice, an event is kept for up to 6 hours, and a failure destination (SQS or SNS: a failure wire) catches what still fails. A subscription can also have its own dead-letter queue for messages SNS could not deliver at all.</source>
            <translation>Gegenüber Lambda ist es ein asynchroner Push: SNS ruft die Funktion asynchron mit einer Nachricht pro Aufruf auf. Es gelten die asynchronen Regeln von Lambda: Das Event wartet in der internen Queue von Lambda, ein Fehler wird zweimal wiederholt, ein Event wird bis zu 6 Stunden aufbewahrt, und ein Fehlerziel (SQS oder SNS: eine Fehlerverbindung) fängt auf, was weiterhin fehlschlägt. Ein Abonnement kann außerdem eine eigene Dead-Letter-Queue für Nachrichten haben, die SNS überhaupt nicht zustellen konnte.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 it is also an asynchronous push, through an HTTP/S subscription: SNS POSTs each message to the service's endpoint (which must confirm the subscription) and retries according to the delivery policy if the endpoint fails. The sturdier pattern is SNS → an SQS queue per consumer → workers that poll it: the queue absorbs bursts and keeps messages while the consumer is down or scaling.</source>
            <translation>Gegenüber Containern und EC2 ist es ebenfalls ein asynchroner Push, über ein HTTP/S-Abonnement: SNS sendet jede Nachricht per POST an den Endpunkt des Dienstes (der das Abonnement bestätigen muss) und wiederholt gemäß der Zustellrichtlinie, wenn der Endpunkt fehlschlägt. Das robustere Muster ist SNS → eine SQS-Queue pro Consumer → Worker, die sie abfragen: Die Queue fängt Lastspitzen ab und behält Nachrichten, während der Consumer ausgefallen ist oder skaliert.</translation>
        </message>
        <message>
            <source>SNS does not store messages for later reading: a message is delivered, retried, sent to a dead-letter queue or lost. FIFO topics add ordering and deduplication for delivery to SQS queues.</source>
            <translation>SNS speichert keine Nachrichten zum späteren Lesen: Eine Nachricht wird zugestellt, wiederholt, an eine Dead-Letter-Queue gesendet oder geht verloren. FIFO-Topics fügen Reihenfolge und Deduplizierung für die Zustellung an SQS-Queues hinzu.</translation>
        </message>
        <message>
            <source>Limits: a message is at most 256 KB; a standard topic in us-east-1 accepts up to 30,000 publishes per second by default; a topic can have millions of subscriptions.</source>
            <translation>Limits: Eine Nachricht ist höchstens 256 KB groß; ein Standard-Topic in us-east-1 akzeptiert standardmäßig bis zu 30,000 Veröffentlichungen pro Sekunde; ein Topic kann Millionen von Abonnements haben.</translation>
        </message>
        <message>
            <source>Cost: $0.50 per million publish requests (each 64 KB of payload counts as one request), and the first million requests a month are free. Deliveries to Lambda and to SQS cost nothing; HTTP/S deliveries cost $0.60 per million, and email and SMS are priced separately.</source>
            <translation>Kosten: $0.50 pro Million Publish-Anfragen (je 64 KB Payload zählen als eine Anfrage), und die erste Million Anfragen pro Monat ist kostenlos. Zustellungen an Lambda und an SQS kosten nichts; HTTP/S-Zustellungen kosten $0.60 pro Million, E-Mail und SMS werden separat berechnet.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Verkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Events, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Events, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, mit Wochenenden skaliert um den Wochenendfaktor. spiky: eine gleichmäßige Rate mit regelmäßigen Lastspitzen. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus CSV importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram. Usually 0: this node is normally fed by writes wired in on the canvas. Set a rate for traffic the diagram does not show (other systems or users). For a topic these are publishes.</source>
            <translation>Mittlere Anzahl Events pro Sekunde, die von außerhalb des Diagramms eintreffen. Meist 0: Dieser Knoten wird normalerweise durch Schreibvorgänge gespeist, die auf der Zeichenfläche verbunden sind. Legen Sie eine Rate für Verkehr fest, den das Diagramm nicht zeigt (andere Systeme oder Benutzer). Bei einem Topic sind dies Veröffentlichungen.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Events/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 ist flach.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0.5 ist halb so viel Betrieb; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Spitzenrate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während einer Lastspitze, in Events pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Lastspitze alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn einer Lastspitze bis zum Beginn der nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Dauer der Lastspitze</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jede Lastspitze dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von Punkten [Zeit in Sekunden ab Start, Events pro Sekunde], zwischen den Punkten linear interpoliert. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Maximum message size</source>
            <translation>Maximale Nachrichtengröße</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Payload billed per request</source>
            <translation>Pro Anfrage abgerechnete Payload</translation>
        </message>
        <message>
            <source>Publishes per second, standard topic, us-east-1 (default quota)</source>
            <translation>Veröffentlichungen pro Sekunde, Standard-Topic, us-east-1 (Standardkontingent)</translation>
        </message>
        <message>
            <source>messages/s</source>
            <translation>Nachrichten/s</translation>
        </message>
        <message>
            <source>Free tier requests per month</source>
            <translation>Kostenlose Anfragen pro Monat</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>Publish requests</source>
            <translation>Publish-Anfragen</translation>
        </message>
        <message>
            <source>per million requests</source>
            <translation>pro Million Anfragen</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>publish</source>
            <translation>veröffentlichen</translation>
        </message>
        <message>
            <source>subscribe</source>
            <translation>abonnieren</translation>
        </message>
        <message>
            <source>pub/sub</source>
            <translation>Pub/Sub</translation>
        </message>
        <message>
            <source>notification</source>
            <translation>Benachrichtigung</translation>
        </message>
        <message>
            <source>fan-out</source>
            <translation>Fan-out</translation>
        </message>
    </context>
    <context>
        <name>catalog:sqs</name>
        <message>
            <source>Amazon SQS queue</source>
            <translation>Amazon-SQS-Queue</translation>
        </message>
        <message>
            <source>SQS</source>
            <translation>SQS</translation>
        </message>
        <message>
            <source>A managed message queue that buffers work until consumers poll for it: Lambda's pollers or your own workers (queue poll); also a dead-letter or failure destination.</source>
            <translation>Eine verwaltete Message-Queue, die Arbeit puffert, bis Consumer sie abfragen: die Poller von Lambda oder Ihre eigenen Worker (Queue-Poll); auch ein Dead-Letter- oder Fehlerziel.</translation>
        </message>
        <message>
            <source>SQS is a fully managed message queue. Producers send messages; consumers receive them, process them and delete them. A received message is hidden for the visibility timeout; if it is not deleted in time it becomes visible again and is delivered again. Standard queues have nearly unlimited throughput, deliver at least once and keep only a best-effort order. FIFO queues keep order within a message group and process each message exactly once, at 300 API calls per second per action (3,000 messages per second with batches of 10, and much more in high-throughput mode).</source>
            <translation>SQS ist eine vollständig verwaltete Message-Queue. Producer senden Nachrichten; Consumer empfangen sie, verarbeiten sie und löschen sie. Eine empfangene Nachricht ist für die Dauer des Visibility-Timeouts verborgen; wird sie nicht rechtzeitig gelöscht, wird sie wieder sichtbar und erneut zugestellt. Standard-Queues haben nahezu unbegrenzten Durchsatz, stellen mindestens einmal zu und halten die Reihenfolge nur nach bestem Bemühen ein. FIFO-Queues halten die Reihenfolge innerhalb einer Nachrichtengruppe ein und verarbeiten jede Nachricht genau einmal, bei 300 API-Aufrufen pro Sekunde pro Aktion (3,000 Nachrichten pro Sekunde mit Batches von 10 und deutlich mehr im High-Throughput-Modus).</translation>
        </message>
        <message>
            <source>Toward Lambda it is a queue poll. Lambda's event source mapping long-polls the queue and invokes the function synchronously with batches of messages (10 by default, up to 10,000 with a batching window). The pollers start with 5 concurrent batches and, while messages remain, add up to 300 more per minute, to at most 1,000 (the wire's maximum concurrency can cap this lower, from 2 to 1,000, to protect a downstream system). A sudden burst therefore waits in the queue for a few minutes while Lambda scales out: it builds a backlog, but nothing is lost and nobody sees a throttle. With a FIFO queue, concurrency is also limited by the number of message groups that have messages.</source>
            <translation>Gegenüber Lambda ist es ein Queue-Poll. Das Event Source Mapping von Lambda fragt die Queue per Long Polling ab und ruft die Funktion synchron mit Batches von Nachrichten auf (standardmäßig 10, bis zu 10,000 mit einem Batching-Fenster). Die Poller beginnen mit 5 gleichzeitigen Batches und fügen, solange Nachrichten vorhanden sind, bis zu 300 weitere pro Minute hinzu, bis höchstens 1,000 (die maximale Concurrency der Verbindung kann dies niedriger begrenzen, von 2 bis 1,000, um ein nachgelagertes System zu schützen). Eine plötzliche Lastspitze wartet daher einige Minuten in der Queue, während Lambda hochskaliert: Es entsteht ein Rückstau, aber nichts geht verloren, und niemand bekommt eine Drosselung zu sehen. Bei einer FIFO-Queue ist die Concurrency zusätzlich durch die Anzahl der Nachrichtengruppen begrenzt, die Nachrichten enthalten.</translation>
        </message>
        <message>
            <source>When a batch fails, its messages reappear after the visibility timeout and are retried; after the queue's maximum receive count they move to its dead-letter queue. Report partial batch failures so that only the failed messages return. Set the visibility timeout to at least six times the function's timeout.</source>
            <translation>Wenn ein Batch fehlschlägt, erscheinen seine Nachrichten nach dem Visibility-Timeout wieder und werden wiederholt; nach der maximalen Empfangsanzahl der Queue wandern sie in ihre Dead-Letter-Queue. Melden Sie partielle Batch-Fehler, damit nur die fehlgeschlagenen Nachrichten zurückkehren. Setzen Sie den Visibility-Timeout auf mindestens das Sechsfache des Funktions-Timeouts.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 it is also a queue poll: workers (an ECS service, an EKS deployment, an EC2 Auto Scaling group) call ReceiveMessage with long polling and scale on the queue's depth, ideally on backlog per task or instance. This is the standard way to feed containers from sources that cannot push to them: S3, IoT, or Config through EventBridge.</source>
            <translation>Gegenüber Containern und EC2 ist es ebenfalls ein Queue-Poll: Worker (ein ECS-Service, ein EKS-Deployment, eine EC2-Auto-Scaling-Gruppe) rufen ReceiveMessage mit Long Polling auf und skalieren nach der Tiefe der Queue, idealerweise nach dem Rückstau pro Task oder Instanz. Dies ist der Standardweg, Container aus Quellen zu speisen, die nicht an sie pushen können: S3, IoT oder Config über EventBridge.</translation>
        </message>
        <message>
            <source>As a destination, compute writes messages into a queue, an SNS topic can fan out into it, and a Lambda function can send the asynchronous events that still fail after their retries to it (a failure wire).</source>
            <translation>Als Ziel schreibt Compute Nachrichten in eine Queue, ein SNS-Topic kann per Fan-Out in sie verteilen, und eine Lambda-Funktion kann asynchrone Events, die nach ihren Wiederholungen weiterhin fehlschlagen, an sie senden (eine Fehlerverbindung).</translation>
        </message>
        <message>
            <source>Limits: the visibility timeout is 0 s to 12 hours (30 s by default); messages are kept 60 s to 14 days (4 days by default); a message is at most 1 MiB (raised from 256 KiB in August 2025); a long poll waits at most 20 s; at most 120,000 messages can be in flight in a standard queue and 20,000 in a FIFO queue.</source>
            <translation>Limits: Der Visibility-Timeout beträgt 0 s bis 12 Stunden (standardmäßig 30 s); Nachrichten werden 60 s bis 14 Tage aufbewahrt (standardmäßig 4 Tage); eine Nachricht ist höchstens 1 MiB groß (im August 2025 von 256 KiB angehoben); ein Long Poll wartet höchstens 20 s; höchstens 120,000 Nachrichten können in einer Standard-Queue in Bearbeitung sein und 20,000 in einer FIFO-Queue.</translation>
        </message>
        <message>
            <source>Cost: $0.40 per million requests for standard queues and $0.50 per million for FIFO queues; every API action counts (send, receive, delete, including empty receives), and each 64 KB of payload counts as one request. The first million requests a month are free. Lambda's pollers make receive calls even when the queue is empty, a small steady cost.</source>
            <translation>Kosten: $0.40 pro Million Anfragen für Standard-Queues und $0.50 pro Million für FIFO-Queues; jede API-Aktion zählt (Senden, Empfangen, Löschen, einschließlich leerer Empfangsaufrufe), und je 64 KB Payload zählen als eine Anfrage. Die erste Million Anfragen pro Monat ist kostenlos. Die Poller von Lambda führen auch bei leerer Queue Empfangsaufrufe aus, was kleine, stetige Kosten verursacht.</translation>
        </message>
        <message>
            <source>FIFO queue</source>
            <translation>FIFO-Queue</translation>
        </message>
        <message>
            <source>FIFO queues keep order within a message group and deliver exactly once; they cost $0.50 instead of $0.40 per million requests, and Lambda's concurrency is limited by the number of active message groups.</source>
            <translation>FIFO-Queues halten die Reihenfolge innerhalb einer Nachrichtengruppe ein und stellen genau einmal zu; sie kosten $0.50 statt $0.40 pro Million Anfragen, und die Concurrency von Lambda ist durch die Anzahl aktiver Nachrichtengruppen begrenzt.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Verkehr</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Externe Ankünfte: die Events, die an diesem Knoten in das Diagramm eintreten, als Rate über die Zeit. Events, die über Verbindungen von anderen Knoten eintreffen, kommen hinzu.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Wie sich die Rate über die Zeit ändert. constant: immer die mittlere Rate. diurnal: ein Tageszyklus um den Mittelwert (Spitze zu Tal, Spitzenstunde). weekly: der Tageszyklus, mit Wochenenden skaliert um den Wochenendfaktor. spiky: eine gleichmäßige Rate mit regelmäßigen Lastspitzen. series: Ihre eigenen [Zeit, Rate]-Punkte, zum Beispiel aus CSV importiert.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Mittlere Rate</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram. Usually 0: this node is normally fed by writes wired in on the canvas. Set a rate for traffic the diagram does not show (other systems or users). For a queue these are messages sent.</source>
            <translation>Mittlere Anzahl Events pro Sekunde, die von außerhalb des Diagramms eintreffen. Meist 0: Dieser Knoten wird normalerweise durch Schreibvorgänge gespeist, die auf der Zeichenfläche verbunden sind. Legen Sie eine Rate für Verkehr fest, den das Diagramm nicht zeigt (andere Systeme oder Benutzer). Bei einer Queue sind dies gesendete Nachrichten.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>Events/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Spitze zu Tal</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal und weekly: die Rate der verkehrsreichsten Stunde geteilt durch die der ruhigsten. 1 ist flach.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Spitzenstunde</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal und weekly: die Stunde der täglichen Spitze, in UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Wochenendfaktor</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: die Rate an Samstag und Sonntag als Vielfaches der Rate an Werktagen. 0.5 ist halb so viel Betrieb; über 1 ist am Wochenende mehr los.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Spitzenrate</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: die Rate während einer Lastspitze, in Events pro Sekunde.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Lastspitze alle</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: die Zeit vom Beginn einer Lastspitze bis zum Beginn der nächsten.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Dauer der Lastspitze</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: wie lange jede Lastspitze dauert.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: eine Liste von Punkten [Zeit in Sekunden ab Start, Events pro Sekunde], zwischen den Punkten linear interpoliert. Importieren Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Visibility timeout (default)</source>
            <translation>Visibility-Timeout (Standard)</translation>
        </message>
        <message>
            <source>Visibility timeout (maximum)</source>
            <translation>Visibility-Timeout (Maximum)</translation>
        </message>
        <message>
            <source>Message retention (default)</source>
            <translation>Nachrichtenaufbewahrung (Standard)</translation>
        </message>
        <message>
            <source>Message retention (maximum)</source>
            <translation>Nachrichtenaufbewahrung (Maximum)</translation>
        </message>
        <message>
            <source>Maximum message size</source>
            <translation>Maximale Nachrichtengröße</translation>
        </message>
        <message>
            <source>KiB</source>
            <translation>KiB</translation>
        </message>
        <message>
            <source>Longest long-poll wait</source>
            <translation>Längste Long-Poll-Wartezeit</translation>
        </message>
        <message>
            <source>In-flight messages, standard queue</source>
            <translation>Nachrichten in Bearbeitung, Standard-Queue</translation>
        </message>
        <message>
            <source>messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <source>In-flight messages, FIFO queue</source>
            <translation>Nachrichten in Bearbeitung, FIFO-Queue</translation>
        </message>
        <message>
            <source>FIFO calls per second per action (without high throughput)</source>
            <translation>FIFO-Aufrufe pro Sekunde pro Aktion (ohne High Throughput)</translation>
        </message>
        <message>
            <source>calls/s</source>
            <translation>Aufrufe/s</translation>
        </message>
        <message>
            <source>Payload billed per request</source>
            <translation>Pro Anfrage abgerechnete Payload</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Lambda pollers: concurrent batches at start</source>
            <translation>Lambda-Poller: gleichzeitige Batches zu Beginn</translation>
        </message>
        <message>
            <source>Lambda pollers: added per minute</source>
            <translation>Lambda-Poller: pro Minute hinzugefügt</translation>
        </message>
        <message>
            <source>per minute</source>
            <translation>pro Minute</translation>
        </message>
        <message>
            <source>Lambda pollers: maximum concurrent batches</source>
            <translation>Lambda-Poller: maximale gleichzeitige Batches</translation>
        </message>
        <message>
            <source>Free tier requests per month</source>
            <translation>Kostenlose Anfragen pro Monat</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>Standard queue requests</source>
            <translation>Anfragen an Standard-Queues</translation>
        </message>
        <message>
            <source>per million requests</source>
            <translation>pro Million Anfragen</translation>
        </message>
        <message>
            <source>FIFO queue requests</source>
            <translation>Anfragen an FIFO-Queues</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: Anfragen kommen unabhängig und zufällig, wie von vielen Clients; die Simulation zeigt dann die zufälligen Spitzen, Warteschlangen und Drosselungen nahe der Kapazität, die ein Mittelwert verbirgt. none: Ankünfte folgen genau dem Profil, gleichmäßig verteilt (eine geplante Zufuhr).</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Warteschlange</translation>
        </message>
        <message>
            <source>queue</source>
            <translation>Warteschlange</translation>
        </message>
        <message>
            <source>message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>buffer</source>
            <translation>Puffer</translation>
        </message>
        <message>
            <source>dead-letter</source>
            <translation>Dead-Letter</translation>
        </message>
        <message>
            <source>DLQ</source>
            <translation>DLQ</translation>
        </message>
        <message>
            <source>Under steady traffic that arrives at random, more pollers stay busy than full batches would need. Now and then a message finds every poller busy and waits, and Lambda adds a poller; a poller that comes back to an empty queue is let go. The pollers settle where the two balance: at 20 messages a second into a 2-second function about 13 stay busy, each taking about 3 messages, so the function runs (and bills) about 2.7 times the invocations that batches of 10 would make. A batching window (MaximumBatchingWindowInSeconds) is the setting that fills batches on purpose, at the price of waiting.</source>
            <translation>Bei gleichmäßigem Verkehr, der zufällig eintrifft, sind mehr Poller beschäftigt, als volle Batches bräuchten. Hin und wieder findet eine Nachricht alle Poller beschäftigt und wartet, und Lambda fügt einen Poller hinzu; ein Poller, der zu einer leeren Queue zurückkehrt, wird abgebaut. Die Poller pendeln sich dort ein, wo sich beides ausgleicht: Bei 20 Nachrichten pro Sekunde an eine Funktion mit 2 Sekunden Laufzeit bleiben etwa 13 beschäftigt, die je etwa 3 Nachrichten nehmen. Die Funktion läuft (und kostet) also etwa 2,7-mal so viele Aufrufe, wie Batches zu 10 bräuchten. Ein Batching-Fenster (MaximumBatchingWindowInSeconds) ist die Einstellung, die Batches gezielt füllt, um den Preis des Wartens.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>archscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).
Run it on a desktop, or under a virtual display: xvfb-run -a archscope [FILE]
Headless commands work anywhere: archscope --help
</source>
            <translation>archscope: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).
Führen Sie es auf einem Desktop oder unter einer virtuellen Anzeige aus: xvfb-run -a archscope [FILE]
Befehle ohne Oberfläche funktionieren überall: archscope --help
</translation>
        </message>
        <message>
            <source>Choose AWS compute and sketch event-driven architectures.</source>
            <translation>AWS-Compute auswählen und ereignisgesteuerte Architekturen skizzieren.</translation>
        </message>
        <message>
            <source>Diagram to open.</source>
            <translation>Zu öffnendes Diagramm.</translation>
        </message>
        <message>
            <source>Save a picture of the window to PNG and quit.</source>
            <translation>Ein Bild des Fensters als PNG speichern und beenden.</translation>
        </message>
        <message>
            <source>Select the node with this id (for screenshots).</source>
            <translation>Den Knoten mit dieser ID auswählen (für Screenshots).</translation>
        </message>
        <message>
            <source>Colour scheme for this run: system, light or dark.</source>
            <translation>Farbschema für diesen Lauf: system, light oder dark.</translation>
        </message>
        <message>
            <source>Start in workshop (presentation) mode.</source>
            <translation>Im Workshop-Modus (Präsentationsmodus) starten.</translation>
        </message>
        <message>
            <source>Run the Simulation dock's request-by-request check first (for screenshots).</source>
            <translation>Zuerst die Prüfung Anfrage für Anfrage im Simulationsbereich ausführen (für Bildschirmfotos).</translation>
        </message>
    </context>
    <context>
        <name>questionnaire</name>
        <message>
            <source>Every option starts at a fit of 50. Each answer adds or removes the points shown beside its reasons; the fit is that sum, kept within 0–100. A hard constraint excludes an option whatever its points.</source>
            <translation>Jede Option startet mit einer Eignung von 50. Jede Antwort addiert oder subtrahiert die Punkte, die neben ihren Begründungen angezeigt werden; die Eignung ist diese Summe, begrenzt auf 0–100. Eine harte Einschränkung schließt eine Option unabhängig von ihren Punkten aus.</translation>
        </message>
        <message>
            <source>EC2</source>
            <translation>EC2</translation>
        </message>
        <message>
            <source>Amazon EC2</source>
            <translation>Amazon EC2</translation>
        </message>
        <message>
            <source>Virtual machines: the machine is the unit of scale. EC2 abstracts the hardware; the operating system and everything above it is yours.</source>
            <translation>Virtuelle Maschinen: Die Maschine ist die Skalierungseinheit. EC2 abstrahiert die Hardware; das Betriebssystem und alles darüber gehört Ihnen.</translation>
        </message>
        <message>
            <source>Control over provisioning, scaling and managing server capacity</source>
            <translation>Kontrolle über Bereitstellung, Skalierung und Verwaltung der Serverkapazität</translation>
        </message>
        <message>
            <source>Customising the operating system and runtime environment</source>
            <translation>Anpassung von Betriebssystem und Laufzeitumgebung</translation>
        </message>
        <message>
            <source>Stateful applications that keep data on local disks or in memory</source>
            <translation>Zustandsbehaftete Anwendungen, die Daten auf lokalen Festplatten oder im Arbeitsspeicher halten</translation>
        </message>
        <message>
            <source>A large memory or disk footprint, or GPUs</source>
            <translation>Großer Bedarf an Arbeitsspeicher oder Festplatte, oder GPUs</translation>
        </message>
        <message>
            <source>Work that runs for longer than 15 minutes</source>
            <translation>Arbeit, die länger als 15 Minuten läuft</translation>
        </message>
        <message>
            <source>Lift and shift: moving existing servers as they are</source>
            <translation>Lift and Shift: bestehende Server unverändert umziehen</translation>
        </message>
        <message>
            <source>ECS on EC2</source>
            <translation>ECS auf EC2</translation>
        </message>
        <message>
            <source>Amazon ECS on EC2</source>
            <translation>Amazon ECS auf EC2</translation>
        </message>
        <message>
            <source>Containers: the application is the unit of scale. Containers abstract the operating system; with ECS on EC2 you still choose, run and scale the container hosts.</source>
            <translation>Container: Die Anwendung ist die Skalierungseinheit. Container abstrahieren das Betriebssystem; mit ECS on EC2 wählen, betreiben und skalieren Sie die Container-Hosts weiterhin selbst.</translation>
        </message>
        <message>
            <source>Managed orchestration of Docker containers on hosts you control</source>
            <translation>Verwaltete Orchestrierung von Docker-Containern auf Hosts, die Sie kontrollieren</translation>
        </message>
        <message>
            <source>Microservice-based applications</source>
            <translation>Microservice-basierte Anwendungen</translation>
        </message>
        <message>
            <source>Long-running applications and batch jobs</source>
            <translation>Lang laufende Anwendungen und Batch-Jobs</translation>
        </message>
        <message>
            <source>Fine-grained access control: an IAM role per task</source>
            <translation>Feingranulare Zugriffskontrolle: eine IAM-Rolle pro Task</translation>
        </message>
        <message>
            <source>Running the servers, configuring the applications and controlling scaling yourself</source>
            <translation>Server selbst betreiben, Anwendungen selbst konfigurieren und Skalierung selbst steuern</translation>
        </message>
        <message>
            <source>Fargate</source>
            <translation>Fargate</translation>
        </message>
        <message>
            <source>Amazon ECS on AWS Fargate</source>
            <translation>Amazon ECS auf AWS Fargate</translation>
        </message>
        <message>
            <source>Containers: the application is the unit of scale. Fargate also takes the hosts away: you specify CPU, memory, networking and IAM policies per task, and AWS runs it.</source>
            <translation>Container: Die Anwendung ist die Skalierungseinheit. Fargate nimmt Ihnen auch die Hosts ab: Sie geben CPU, Arbeitsspeicher, Netzwerk und IAM-Richtlinien pro Task an, und AWS führt ihn aus.</translation>
        </message>
        <message>
            <source>Containers without provisioning, configuring or scaling clusters of virtual machines</source>
            <translation>Container ohne Bereitstellung, Konfiguration oder Skalierung von Clustern virtueller Maschinen</translation>
        </message>
        <message>
            <source>Microservices and long-running services with no time limit</source>
            <translation>Microservices und lang laufende Dienste ohne Zeitlimit</translation>
        </message>
        <message>
            <source>Batch jobs that run longer than Lambda allows</source>
            <translation>Batch-Jobs, die länger laufen, als Lambda erlaubt</translation>
        </message>
        <message>
            <source>Paying per second for the CPU and memory a task asks for (ECS and EKS can both run on Fargate; there is no GPU)</source>
            <translation>Bezahlung pro Sekunde für die CPU und den Arbeitsspeicher, die ein Task anfordert (ECS und EKS können beide auf Fargate laufen; es gibt keine GPU)</translation>
        </message>
        <message>
            <source>EKS</source>
            <translation>EKS</translation>
        </message>
        <message>
            <source>Amazon EKS</source>
            <translation>Amazon EKS</translation>
        </message>
        <message>
            <source>Containers: the application (a Kubernetes pod) is the unit of scale. EKS runs the Kubernetes control plane for you; the pods run on EC2 nodes or on Fargate.</source>
            <translation>Container: Die Anwendung (ein Kubernetes-Pod) ist die Skalierungseinheit. EKS betreibt die Kubernetes-Control-Plane für Sie; die Pods laufen auf EC2-Knoten oder auf Fargate.</translation>
        </message>
        <message>
            <source>Teams and tools that already speak Kubernetes</source>
            <translation>Teams und Tools, die bereits Kubernetes sprechen</translation>
        </message>
        <message>
            <source>Portability of manifests and Helm charts across clouds and data centres</source>
            <translation>Portabilität von Manifesten und Helm-Charts über Clouds und Rechenzentren hinweg</translation>
        </message>
        <message>
            <source>A managed, highly available Kubernetes control plane with automated upgrades and patching</source>
            <translation>Eine verwaltete, hochverfügbare Kubernetes-Control-Plane mit automatischen Upgrades und Patches</translation>
        </message>
        <message>
            <source>GPU workloads on EC2 node groups</source>
            <translation>GPU-Workloads auf EC2-Knotengruppen</translation>
        </message>
        <message>
            <source>Lambda</source>
            <translation>Lambda</translation>
        </message>
        <message>
            <source>AWS Lambda</source>
            <translation>AWS Lambda</translation>
        </message>
        <message>
            <source>Functions: the function invocation is the unit of scale. Lambda abstracts the language runtime as well; you bring only code.</source>
            <translation>Funktionen: Der Funktionsaufruf ist die Skalierungseinheit. Lambda abstrahiert zusätzlich die Sprach-Runtime; Sie bringen nur Code mit.</translation>
        </message>
        <message>
            <source>Managed provisioning, scaling, high availability and utilisation</source>
            <translation>Verwaltete Bereitstellung, Skalierung, Hochverfügbarkeit und Auslastung</translation>
        </message>
        <message>
            <source>Event-driven workloads and serverless data processing</source>
            <translation>Eventgesteuerte Workloads und serverlose Datenverarbeitung</translation>
        </message>
        <message>
            <source>Work that finishes within 15 minutes, in at most 10,240 MB of memory</source>
            <translation>Arbeit, die innerhalb von 15 Minuten fertig ist, mit höchstens 10,240 MB Arbeitsspeicher</translation>
        </message>
        <message>
            <source>Never paying for idle: billed per request and per millisecond</source>
            <translation>Nie für Leerlauf zahlen: Abrechnung pro Anfrage und pro Millisekunde</translation>
        </message>
        <message>
            <source>Running code only when it is needed</source>
            <translation>Code nur ausführen, wenn er gebraucht wird</translation>
        </message>
        <message>
            <source>Run time</source>
            <translation>Laufzeit</translation>
        </message>
        <message>
            <source>Execution time</source>
            <translation>Ausführungszeit</translation>
        </message>
        <message>
            <source>How long does one piece of work (a request, an event, a job) run?</source>
            <translation>Wie lange läuft eine einzelne Arbeitseinheit (eine Anfrage, ein Event, ein Job)?</translation>
        </message>
        <message>
            <source>Lambda stops a function after at most 15 minutes (900 seconds). Containers and virtual machines have no such limit, so long-running services and long batch jobs belong there. Very short work is where paying per millisecond shines.</source>
            <translation>Lambda beendet eine Funktion nach höchstens 15 Minuten (900 Sekunden). Container und virtuelle Maschinen haben kein solches Limit, daher gehören lang laufende Dienste und lange Batch-Jobs dorthin. Bei sehr kurzer Arbeit spielt die Abrechnung pro Millisekunde ihre Stärken aus.</translation>
        </message>
        <message>
            <source>Under a second</source>
            <translation>Unter einer Sekunde</translation>
        </message>
        <message>
            <source>Lambda bills per millisecond of run time, so work that finishes in under a second costs little and needs no server waiting for it.</source>
            <translation>Lambda rechnet pro Millisekunde Laufzeit ab, daher kostet Arbeit, die in unter einer Sekunde fertig ist, wenig und braucht keinen Server, der darauf wartet.</translation>
        </message>
        <message>
            <source>Seconds to 15 minutes</source>
            <translation>Sekunden bis 15 Minuten</translation>
        </message>
        <message>
            <source>The work fits within Lambda's 15-minute maximum run time.</source>
            <translation>Die Arbeit passt in die maximale Laufzeit von Lambda von 15 Minuten.</translation>
        </message>
        <message>
            <source>Containers handle jobs of several minutes well and bill per second while they run.</source>
            <translation>Container bewältigen Jobs von mehreren Minuten gut und rechnen pro Sekunde ab, während sie laufen.</translation>
        </message>
        <message>
            <source>Containers handle jobs of several minutes well.</source>
            <translation>Container bewältigen Jobs von mehreren Minuten gut.</translation>
        </message>
        <message>
            <source>Longer than 15 minutes</source>
            <translation>Länger als 15 Minuten</translation>
        </message>
        <message>
            <source>Lambda stops every invocation after at most 15 minutes (900 seconds), so work that runs longer cannot run there (unless you split it into steps, for example with Step Functions).</source>
            <translation>Lambda beendet jeden Aufruf nach höchstens 15 Minuten (900 Sekunden), daher kann länger laufende Arbeit dort nicht ausgeführt werden (es sei denn, Sie teilen sie in Schritte auf, zum Beispiel mit Step Functions).</translation>
        </message>
        <message>
            <source>Fargate tasks and services run as long as they need to, with no time limit.</source>
            <translation>Fargate-Tasks und -Services laufen so lange wie nötig, ohne Zeitlimit.</translation>
        </message>
        <message>
            <source>ECS is chosen for long-running applications and batch jobs: tasks have no time limit.</source>
            <translation>ECS wird für lang laufende Anwendungen und Batch-Jobs gewählt: Tasks haben kein Zeitlimit.</translation>
        </message>
        <message>
            <source>Kubernetes pods and jobs have no time limit.</source>
            <translation>Kubernetes-Pods und -Jobs haben kein Zeitlimit.</translation>
        </message>
        <message>
            <source>An instance runs for as long as you keep it, so long-running work is no problem.</source>
            <translation>Eine Instanz läuft so lange, wie Sie sie behalten, daher ist lang laufende Arbeit kein Problem.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Stateful or stateless</source>
            <translation>Zustandsbehaftet oder zustandslos</translation>
        </message>
        <message>
            <source>Does the application keep state between requests (in memory or on local disk)?</source>
            <translation>Hält die Anwendung zwischen Anfragen Zustand vor (im Arbeitsspeicher oder auf lokaler Festplatte)?</translation>
        </message>
        <message>
            <source>A stateless application keeps nothing it needs between requests: state lives in a database such as DynamoDB or in S3. Lambda must be stateless: an execution environment can be reused, but may vanish at any time. Virtual machines keep their memory and disks, which suits stateful software.</source>
            <translation>Eine zustandslose Anwendung behält nichts, was sie zwischen Anfragen braucht: Der Zustand liegt in einer Datenbank wie DynamoDB oder in S3. Lambda muss zustandslos sein: Eine Ausführungsumgebung kann wiederverwendet werden, aber jederzeit verschwinden. Virtuelle Maschinen behalten ihren Arbeitsspeicher und ihre Festplatten, was zu zustandsbehafteter Software passt.</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>Zustandslos</translation>
        </message>
        <message>
            <source>Lambda is built for stateless code: any execution environment can serve any event.</source>
            <translation>Lambda ist für zustandslosen Code gebaut: Jede Ausführungsumgebung kann jedes Event verarbeiten.</translation>
        </message>
        <message>
            <source>Stateless tasks can be started and stopped freely, which is how Fargate scales.</source>
            <translation>Zustandslose Tasks lassen sich frei starten und stoppen, und genau so skaliert Fargate.</translation>
        </message>
        <message>
            <source>Stateful</source>
            <translation>Zustandsbehaftet</translation>
        </message>
        <message>
            <source>EC2 is chosen for stateful applications: an instance keeps its memory and its EBS disks between requests.</source>
            <translation>EC2 wird für zustandsbehaftete Anwendungen gewählt: Eine Instanz behält ihren Arbeitsspeicher und ihre EBS-Festplatten zwischen Anfragen.</translation>
        </message>
        <message>
            <source>ECS tasks on EC2 can mount host, EBS or EFS volumes to keep state.</source>
            <translation>ECS-Tasks auf EC2 können Host-, EBS- oder EFS-Volumes einbinden, um Zustand zu halten.</translation>
        </message>
        <message>
            <source>Kubernetes StatefulSets with persistent volumes are made for stateful workloads.</source>
            <translation>Kubernetes-StatefulSets mit persistenten Volumes sind für zustandsbehaftete Workloads gemacht.</translation>
        </message>
        <message>
            <source>Fargate task storage is ephemeral; state must live on EFS or in a database.</source>
            <translation>Der Task-Speicher von Fargate ist flüchtig; Zustand muss auf EFS oder in einer Datenbank liegen.</translation>
        </message>
        <message>
            <source>Lambda is stateless: an execution environment can disappear at any time, so state must be kept in DynamoDB, S3 or another store.</source>
            <translation>Lambda ist zustandslos: Eine Ausführungsumgebung kann jederzeit verschwinden, daher muss Zustand in DynamoDB, S3 oder einem anderen Speicher gehalten werden.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Last</translation>
        </message>
        <message>
            <source>Event-driven, steady or batch</source>
            <translation>Eventgesteuert, gleichmäßig oder Batch</translation>
        </message>
        <message>
            <source>What does the load look like?</source>
            <translation>Wie sieht die Last aus?</translation>
        </message>
        <message>
            <source>Event-driven work reacts to something that happened: a file uploaded to S3, a message on SNS or SQS, a record in a Kinesis or DynamoDB stream, an EventBridge rule. Lambda is invoked by these events directly. Steady, busy traffic keeps provisioned containers or instances well used. Mostly idle traffic is where "never pay for idle" matters most.</source>
            <translation>Eventgesteuerte Arbeit reagiert auf etwas, das passiert ist: eine in S3 hochgeladene Datei, eine Nachricht auf SNS oder SQS, ein Datensatz in einem Kinesis- oder DynamoDB-Stream, eine EventBridge-Regel. Lambda wird von diesen Events direkt aufgerufen. Gleichmäßiger, hoher Verkehr lastet bereitgestellte Container oder Instanzen gut aus. Bei überwiegend ruhigem Verkehr zählt "nie für Leerlauf zahlen" am meisten.</translation>
        </message>
        <message>
            <source>Event-driven (bursts of events)</source>
            <translation>Eventgesteuert (Event-Spitzen)</translation>
        </message>
        <message>
            <source>Lambda is chosen for event-driven workloads: S3, SNS, SQS, Kinesis, DynamoDB Streams and EventBridge invoke it directly, and it scales with the events.</source>
            <translation>Lambda wird für eventgesteuerte Workloads gewählt: S3, SNS, SQS, Kinesis, DynamoDB Streams und EventBridge rufen es direkt auf, und es skaliert mit den Events.</translation>
        </message>
        <message>
            <source>Fargate can consume events through a queue or an EventBridge rule that starts tasks.</source>
            <translation>Fargate kann Events über eine Queue oder eine EventBridge-Regel verarbeiten, die Tasks startet.</translation>
        </message>
        <message>
            <source>Instances take minutes to launch, so bursts of events need capacity kept in reserve.</source>
            <translation>Instanzen brauchen Minuten zum Starten, daher benötigen Event-Spitzen vorgehaltene Kapazität.</translation>
        </message>
        <message>
            <source>Steady and busy</source>
            <translation>Gleichmäßig und hoch</translation>
        </message>
        <message>
            <source>Steady load keeps tasks busy, so paying per task-hour is efficient.</source>
            <translation>Gleichmäßige Last hält Tasks beschäftigt, daher ist die Bezahlung pro Task-Stunde effizient.</translation>
        </message>
        <message>
            <source>Steady load keeps container hosts well used, where EC2 capacity is cheapest.</source>
            <translation>Gleichmäßige Last lastet Container-Hosts gut aus, und dort ist EC2-Kapazität am günstigsten.</translation>
        </message>
        <message>
            <source>Steady load keeps instances well used, where EC2 capacity is cheapest (and Savings Plans apply).</source>
            <translation>Gleichmäßige Last lastet Instanzen gut aus, und dort ist EC2-Kapazität am günstigsten (und Savings Plans greifen).</translation>
        </message>
        <message>
            <source>Steady load keeps the cluster's nodes well used.</source>
            <translation>Gleichmäßige Last lastet die Knoten des Clusters gut aus.</translation>
        </message>
        <message>
            <source>At constant high load, paying per request and per millisecond can cost more than capacity that is always on.</source>
            <translation>Bei konstant hoher Last kann die Bezahlung pro Anfrage und pro Millisekunde mehr kosten als ständig laufende Kapazität.</translation>
        </message>
        <message>
            <source>Scheduled or batch jobs</source>
            <translation>Geplante oder Batch-Jobs</translation>
        </message>
        <message>
            <source>A scheduled rule can start a Fargate task for each batch and you pay only while it runs.</source>
            <translation>Eine zeitgesteuerte Regel kann für jeden Batch einen Fargate-Task starten, und Sie zahlen nur, solange er läuft.</translation>
        </message>
        <message>
            <source>ECS is chosen for batch jobs (AWS Batch runs on it too).</source>
            <translation>ECS wird für Batch-Jobs gewählt (auch AWS Batch läuft darauf).</translation>
        </message>
        <message>
            <source>An EventBridge schedule can invoke a function for short batches.</source>
            <translation>Ein EventBridge-Zeitplan kann für kurze Batches eine Funktion aufrufen.</translation>
        </message>
        <message>
            <source>Instances sit idle between batches unless you script starting and stopping them.</source>
            <translation>Instanzen stehen zwischen Batches ungenutzt herum, sofern Sie das Starten und Stoppen nicht skripten.</translation>
        </message>
        <message>
            <source>Mostly idle</source>
            <translation>Überwiegend ungenutzt</translation>
        </message>
        <message>
            <source>Lambda costs nothing while no events arrive: you never pay for idle.</source>
            <translation>Lambda kostet nichts, solange keine Events eintreffen: Sie zahlen nie für Leerlauf.</translation>
        </message>
        <message>
            <source>A Fargate service keeps at least one task running and billed unless it scales to zero.</source>
            <translation>Ein Fargate-Service hält mindestens einen Task laufend und abgerechnet, sofern er nicht auf null skaliert.</translation>
        </message>
        <message>
            <source>Container hosts are billed every hour whether they work or not.</source>
            <translation>Container-Hosts werden jede Stunde abgerechnet, ob sie arbeiten oder nicht.</translation>
        </message>
        <message>
            <source>Instances are billed every second they run, busy or idle.</source>
            <translation>Instanzen werden für jede Sekunde abgerechnet, die sie laufen, ob beschäftigt oder im Leerlauf.</translation>
        </message>
        <message>
            <source>An EKS cluster's control plane costs $0.10 an hour (about $73 a month) even when nothing runs.</source>
            <translation>Die Control Plane eines EKS-Clusters kostet $0.10 pro Stunde (etwa $73 pro Monat), selbst wenn nichts läuft.</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Kontrolle</translation>
        </message>
        <message>
            <source>Control of OS and runtime</source>
            <translation>Kontrolle über Betriebssystem und Runtime</translation>
        </message>
        <message>
            <source>How much of the environment do you need to control?</source>
            <translation>Wie viel der Umgebung müssen Sie kontrollieren?</translation>
        </message>
        <message>
            <source>Each step up abstracts more away. With virtual machines (EC2) the machine is the unit of scale and the hardware is abstracted: the operating system is yours. With containers (ECS, Fargate, EKS) the application is the unit of scale and the operating system is abstracted: the runtime and libraries in the image are yours. With functions (Lambda) the function is the unit of scale and the language runtime is abstracted: only your code is yours.</source>
            <translation>Jede Stufe nach oben abstrahiert mehr. Bei virtuellen Maschinen (EC2) ist die Maschine die Skalierungseinheit und die Hardware ist abstrahiert: Das Betriebssystem gehört Ihnen. Bei Containern (ECS, Fargate, EKS) ist die Anwendung die Skalierungseinheit und das Betriebssystem ist abstrahiert: Runtime und Bibliotheken im Image gehören Ihnen. Bei Funktionen (Lambda) ist die Funktion die Skalierungseinheit und die Sprach-Runtime ist abstrahiert: Nur Ihr Code gehört Ihnen.</translation>
        </message>
        <message>
            <source>The operating system and hardware</source>
            <translation>Das Betriebssystem und die Hardware</translation>
        </message>
        <message>
            <source>EC2 is chosen when you want to configure machines, storage, networking and the operating system yourself.</source>
            <translation>EC2 wird gewählt, wenn Sie Maschinen, Speicher, Netzwerk und Betriebssystem selbst konfigurieren möchten.</translation>
        </message>
        <message>
            <source>With ECS on EC2 you choose and configure the container hosts.</source>
            <translation>Mit ECS on EC2 wählen und konfigurieren Sie die Container-Hosts.</translation>
        </message>
        <message>
            <source>EKS node groups on EC2 let you choose instance types and node images.</source>
            <translation>Mit EKS-Knotengruppen auf EC2 können Sie Instanztypen und Knoten-Images wählen.</translation>
        </message>
        <message>
            <source>Fargate hides the hosts: you cannot choose the operating system, kernel or instance type.</source>
            <translation>Fargate verbirgt die Hosts: Sie können weder Betriebssystem noch Kernel noch Instanztyp wählen.</translation>
        </message>
        <message>
            <source>Lambda hides the operating system and the hardware completely.</source>
            <translation>Lambda verbirgt Betriebssystem und Hardware vollständig.</translation>
        </message>
        <message>
            <source>The runtime and libraries</source>
            <translation>Die Runtime und die Bibliotheken</translation>
        </message>
        <message>
            <source>A container image fixes the runtime, libraries and OS packages, and Fargate runs it without hosts to manage.</source>
            <translation>Ein Container-Image legt Runtime, Bibliotheken und Betriebssystempakete fest, und Fargate führt es aus, ohne dass Hosts zu verwalten sind.</translation>
        </message>
        <message>
            <source>A container image fixes the runtime, libraries and OS packages.</source>
            <translation>Ein Container-Image legt Runtime, Bibliotheken und Betriebssystempakete fest.</translation>
        </message>
        <message>
            <source>On an instance you can install any runtime, though you also maintain the OS beneath it.</source>
            <translation>Auf einer Instanz können Sie jede beliebige Runtime installieren, warten aber auch das Betriebssystem darunter.</translation>
        </message>
        <message>
            <source>Lambda offers managed runtimes, custom runtimes and container images, but the execution environment and its limits stay Lambda's.</source>
            <translation>Lambda bietet verwaltete Runtimes, benutzerdefinierte Runtimes und Container-Images, aber die Ausführungsumgebung und ihre Limits bleiben Sache von Lambda.</translation>
        </message>
        <message>
            <source>Only our code</source>
            <translation>Nur unser Code</translation>
        </message>
        <message>
            <source>With Lambda you bring only code; provisioning, scaling, patching and availability are managed for you.</source>
            <translation>Bei Lambda bringen Sie nur Code mit; Bereitstellung, Skalierung, Patches und Verfügbarkeit werden für Sie verwaltet.</translation>
        </message>
        <message>
            <source>Fargate manages the hosts, though you still build and maintain the container image.</source>
            <translation>Fargate verwaltet die Hosts, das Container-Image erstellen und pflegen Sie jedoch weiterhin selbst.</translation>
        </message>
        <message>
            <source>ECS on EC2 leaves you the container hosts to run and patch.</source>
            <translation>Bei ECS on EC2 müssen Sie die Container-Hosts weiterhin selbst betreiben und patchen.</translation>
        </message>
        <message>
            <source>Kubernetes adds a cluster, nodes and manifests to look after.</source>
            <translation>Kubernetes bringt einen Cluster, Knoten und Manifeste mit, um die Sie sich kümmern müssen.</translation>
        </message>
        <message>
            <source>EC2 leaves you the whole operating system to run and patch.</source>
            <translation>Bei EC2 müssen Sie das gesamte Betriebssystem selbst betreiben und patchen.</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Ausgangspunkt</translation>
        </message>
        <message>
            <source>Lift and shift</source>
            <translation>Lift and Shift</translation>
        </message>
        <message>
            <source>Where does the application come from?</source>
            <translation>Woher kommt die Anwendung?</translation>
        </message>
        <message>
            <source>Lift and shift (rehosting) moves existing servers to the cloud as they are: that is what EC2 is for. Applications already packaged as containers move to ECS, Fargate or EKS. New code can be written as functions from the start.</source>
            <translation>Lift and Shift (Rehosting) verschiebt bestehende Server unverändert in die Cloud: Dafür ist EC2 da. Anwendungen, die bereits als Container verpackt sind, ziehen zu ECS, Fargate oder EKS um. Neuer Code kann von Anfang an als Funktionen geschrieben werden.</translation>
        </message>
        <message>
            <source>Existing servers, moved as they are</source>
            <translation>Bestehende Server, unverändert umgezogen</translation>
        </message>
        <message>
            <source>EC2 is chosen for lift and shift: existing servers move as they are (for example with AWS Application Migration Service).</source>
            <translation>EC2 wird für Lift and Shift gewählt: Bestehende Server ziehen unverändert um (zum Beispiel mit AWS Application Migration Service).</translation>
        </message>
        <message>
            <source>Moving to Fargate means packaging the application as containers first.</source>
            <translation>Ein Umzug zu Fargate bedeutet, die Anwendung zuerst als Container zu verpacken.</translation>
        </message>
        <message>
            <source>Moving to EKS means packaging the application as containers and writing Kubernetes manifests first.</source>
            <translation>Ein Umzug zu EKS bedeutet, die Anwendung zuerst als Container zu verpacken und Kubernetes-Manifeste zu schreiben.</translation>
        </message>
        <message>
            <source>Moving to Lambda means rewriting the application as event handlers.</source>
            <translation>Ein Umzug zu Lambda bedeutet, die Anwendung als Event-Handler neu zu schreiben.</translation>
        </message>
        <message>
            <source>Already in containers</source>
            <translation>Bereits in Containern</translation>
        </message>
        <message>
            <source>Existing container images run on Fargate as they are, without any servers.</source>
            <translation>Bestehende Container-Images laufen unverändert auf Fargate, ganz ohne Server.</translation>
        </message>
        <message>
            <source>Existing container images run on ECS as they are.</source>
            <translation>Bestehende Container-Images laufen unverändert auf ECS.</translation>
        </message>
        <message>
            <source>Existing container images run on EKS as they are.</source>
            <translation>Bestehende Container-Images laufen unverändert auf EKS.</translation>
        </message>
        <message>
            <source>Running containers directly on instances means building your own orchestration.</source>
            <translation>Container direkt auf Instanzen zu betreiben bedeutet, eine eigene Orchestrierung zu bauen.</translation>
        </message>
        <message>
            <source>Lambda runs container images only if they implement the Lambda runtime interface and fit its limits.</source>
            <translation>Lambda führt Container-Images nur aus, wenn sie die Lambda-Runtime-Schnittstelle implementieren und in seine Limits passen.</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Neuer Code</translation>
        </message>
        <message>
            <source>New code can be designed as small stateless functions from the start.</source>
            <translation>Neuer Code kann von Anfang an als kleine, zustandslose Funktionen entworfen werden.</translation>
        </message>
        <message>
            <source>New code can be packaged as containers from the start.</source>
            <translation>Neuer Code kann von Anfang an als Container verpackt werden.</translation>
        </message>
        <message>
            <source>Orchestration</source>
            <translation>Orchestrierung</translation>
        </message>
        <message>
            <source>Microservices and orchestrators</source>
            <translation>Microservices und Orchestratoren</translation>
        </message>
        <message>
            <source>Which orchestrator should run the services?</source>
            <translation>Welcher Orchestrator soll die Dienste betreiben?</translation>
        </message>
        <message>
            <source>Microservice applications need something to place, restart and scale many services. Amazon ECS is AWS's own container orchestrator, integrated with IAM, load balancers and CloudWatch. Amazon EKS is managed Kubernetes: the same manifests and tools as anywhere else. Lambda needs no orchestrator at all.</source>
            <translation>Microservice-Anwendungen brauchen etwas, das viele Dienste platziert, neu startet und skaliert. Amazon ECS ist der eigene Container-Orchestrator von AWS, integriert mit IAM, Load Balancern und CloudWatch. Amazon EKS ist verwaltetes Kubernetes: dieselben Manifeste und Tools wie überall sonst. Lambda braucht überhaupt keinen Orchestrator.</translation>
        </message>
        <message>
            <source>Kubernetes</source>
            <translation>Kubernetes</translation>
        </message>
        <message>
            <source>EKS is the Kubernetes choice: a managed control plane where your manifests, Helm charts and tools work unchanged.</source>
            <translation>EKS ist die Wahl für Kubernetes: eine verwaltete Control Plane, auf der Ihre Manifeste, Helm-Charts und Tools unverändert funktionieren.</translation>
        </message>
        <message>
            <source>ECS is not Kubernetes: manifests and Kubernetes tools do not apply.</source>
            <translation>ECS ist kein Kubernetes: Manifeste und Kubernetes-Tools sind nicht anwendbar.</translation>
        </message>
        <message>
            <source>ECS on Fargate is not Kubernetes (EKS can use Fargate for its pods instead).</source>
            <translation>ECS on Fargate ist kein Kubernetes (EKS kann stattdessen Fargate für seine Pods nutzen).</translation>
        </message>
        <message>
            <source>Running Kubernetes yourself on EC2 is the work EKS saves you.</source>
            <translation>Kubernetes selbst auf EC2 zu betreiben ist genau die Arbeit, die Ihnen EKS erspart.</translation>
        </message>
        <message>
            <source>Lambda functions are not managed through Kubernetes.</source>
            <translation>Lambda-Funktionen werden nicht über Kubernetes verwaltet.</translation>
        </message>
        <message>
            <source>AWS-native (ECS)</source>
            <translation>AWS-nativ (ECS)</translation>
        </message>
        <message>
            <source>ECS is AWS's own orchestrator, chosen for microservices that integrate with IAM, load balancers and CloudWatch.</source>
            <translation>ECS ist der eigene Orchestrator von AWS, gewählt für Microservices, die mit IAM, Load Balancern und CloudWatch integriert sind.</translation>
        </message>
        <message>
            <source>ECS on Fargate is AWS's own orchestrator without any hosts to manage.</source>
            <translation>ECS on Fargate ist der eigene Orchestrator von AWS, ganz ohne zu verwaltende Hosts.</translation>
        </message>
        <message>
            <source>Lambda integrates natively with AWS services and needs no orchestrator.</source>
            <translation>Lambda ist nativ in AWS-Dienste integriert und braucht keinen Orchestrator.</translation>
        </message>
        <message>
            <source>Kubernetes adds a layer of its own on top of AWS.</source>
            <translation>Kubernetes fügt eine eigene Schicht über AWS hinzu.</translation>
        </message>
        <message>
            <source>None wanted</source>
            <translation>Keiner gewünscht</translation>
        </message>
        <message>
            <source>Lambda needs no orchestrator: each function scales on its own.</source>
            <translation>Lambda braucht keinen Orchestrator: Jede Funktion skaliert eigenständig.</translation>
        </message>
        <message>
            <source>An Auto Scaling group runs instances without a container orchestrator.</source>
            <translation>Eine Auto-Scaling-Gruppe betreibt Instanzen ohne Container-Orchestrator.</translation>
        </message>
        <message>
            <source>EKS is an orchestrator, which you said you do not want.</source>
            <translation>EKS ist ein Orchestrator, den Sie laut Ihrer Angabe nicht möchten.</translation>
        </message>
        <message>
            <source>Footprint</source>
            <translation>Ressourcenbedarf</translation>
        </message>
        <message>
            <source>Memory and disk footprint</source>
            <translation>Bedarf an Arbeitsspeicher und Festplatte</translation>
        </message>
        <message>
            <source>How much memory or local disk does one instance of the work need?</source>
            <translation>Wie viel Arbeitsspeicher oder lokale Festplatte braucht eine einzelne Instanz der Arbeit?</translation>
        </message>
        <message>
            <source>Large means more than 10 GB of memory or of local disk. A Lambda function has at most 10,240 MB of memory and at most 10,240 MB of /tmp storage. Fargate tasks reach 120 GB of memory and 200 GB of ephemeral storage; EC2 instances reach terabytes.</source>
            <translation>Groß bedeutet mehr als 10 GB Arbeitsspeicher oder lokale Festplatte. Eine Lambda-Funktion hat höchstens 10,240 MB Arbeitsspeicher und höchstens 10,240 MB /tmp-Speicher. Fargate-Tasks erreichen 120 GB Arbeitsspeicher und 200 GB flüchtigen Speicher; EC2-Instanzen erreichen Terabytes.</translation>
        </message>
        <message>
            <source>Up to 10 GB</source>
            <translation>Bis zu 10 GB</translation>
        </message>
        <message>
            <source>The work fits within Lambda's 10,240 MB of memory and /tmp.</source>
            <translation>Die Arbeit passt in die 10,240 MB Arbeitsspeicher und /tmp von Lambda.</translation>
        </message>
        <message>
            <source>Small tasks on Fargate are billed only for the CPU and memory they ask for.</source>
            <translation>Kleine Tasks auf Fargate werden nur für die CPU und den Arbeitsspeicher abgerechnet, die sie anfordern.</translation>
        </message>
        <message>
            <source>More than 10 GB</source>
            <translation>Mehr als 10 GB</translation>
        </message>
        <message>
            <source>A Lambda function has at most 10,240 MB of memory and at most 10,240 MB of /tmp storage, so a larger footprint cannot run there.</source>
            <translation>Eine Lambda-Funktion hat höchstens 10,240 MB Arbeitsspeicher und höchstens 10,240 MB /tmp-Speicher, daher kann ein größerer Bedarf dort nicht laufen.</translation>
        </message>
        <message>
            <source>EC2 is chosen for a large disk or memory footprint: instances offer up to terabytes of memory and large EBS or instance-store disks.</source>
            <translation>EC2 wird für großen Festplatten- oder Arbeitsspeicherbedarf gewählt: Instanzen bieten bis zu Terabytes an Arbeitsspeicher und große EBS- oder Instance-Store-Festplatten.</translation>
        </message>
        <message>
            <source>ECS on EC2 can use large instances for memory-hungry tasks.</source>
            <translation>ECS on EC2 kann große Instanzen für speicherhungrige Tasks nutzen.</translation>
        </message>
        <message>
            <source>EKS node groups can use large instances for memory-hungry pods.</source>
            <translation>EKS-Knotengruppen können große Instanzen für speicherhungrige Pods nutzen.</translation>
        </message>
        <message>
            <source>A Fargate task can have up to 120 GB of memory and 200 GB of ephemeral storage.</source>
            <translation>Ein Fargate-Task kann bis zu 120 GB Arbeitsspeicher und 200 GB flüchtigen Speicher haben.</translation>
        </message>
        <message>
            <source>Paying for idle</source>
            <translation>Zahlen für Leerlauf</translation>
        </message>
        <message>
            <source>Never pay for idle</source>
            <translation>Nie für Leerlauf zahlen</translation>
        </message>
        <message>
            <source>Should you avoid paying for capacity that sits idle?</source>
            <translation>Möchten Sie vermeiden, für ungenutzte Kapazität zu zahlen?</translation>
        </message>
        <message>
            <source>Provisioned capacity (instances, container hosts, tasks) is billed while it runs, busy or not. Lambda bills per request and per millisecond of run time, so idle costs nothing. When the load never drops, paying for idle capacity does not matter much.</source>
            <translation>Bereitgestellte Kapazität (Instanzen, Container-Hosts, Tasks) wird abgerechnet, solange sie läuft, ob ausgelastet oder nicht. Lambda rechnet pro Anfrage und pro Millisekunde Laufzeit ab, daher kostet Leerlauf nichts. Wenn die Last nie sinkt, spielt die Bezahlung ungenutzter Kapazität kaum eine Rolle.</translation>
        </message>
        <message>
            <source>Yes, avoid it</source>
            <translation>Ja, vermeiden</translation>
        </message>
        <message>
            <source>Lambda is billed per request and per millisecond, so you never pay for idle.</source>
            <translation>Lambda wird pro Anfrage und pro Millisekunde abgerechnet, daher zahlen Sie nie für Leerlauf.</translation>
        </message>
        <message>
            <source>Fargate bills per second for what tasks ask for, and tasks can scale in when idle.</source>
            <translation>Fargate rechnet pro Sekunde ab, was Tasks anfordern, und Tasks können bei Leerlauf herunterskaliert werden.</translation>
        </message>
        <message>
            <source>EC2 instances are billed while they run, even when idle.</source>
            <translation>EC2-Instanzen werden abgerechnet, solange sie laufen, auch im Leerlauf.</translation>
        </message>
        <message>
            <source>ECS container hosts are billed while they run, even when idle.</source>
            <translation>ECS-Container-Hosts werden abgerechnet, solange sie laufen, auch im Leerlauf.</translation>
        </message>
        <message>
            <source>EKS bills its control plane around the clock, plus the nodes while they run.</source>
            <translation>EKS rechnet seine Control Plane rund um die Uhr ab, dazu die Knoten, solange sie laufen.</translation>
        </message>
        <message>
            <source>No, idle capacity is fine</source>
            <translation>Nein, ungenutzte Kapazität ist in Ordnung</translation>
        </message>
        <message>
            <source>Always-on instances are fine, and are cheapest per hour of compute.</source>
            <translation>Ständig laufende Instanzen sind in Ordnung und pro Rechenstunde am günstigsten.</translation>
        </message>
        <message>
            <source>Always-on container hosts are fine, and are cheapest per hour of compute.</source>
            <translation>Ständig laufende Container-Hosts sind in Ordnung und pro Rechenstunde am günstigsten.</translation>
        </message>
        <message>
            <source>An always-on cluster is fine.</source>
            <translation>Ein ständig laufender Cluster ist in Ordnung.</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Betrieb</translation>
        </message>
        <message>
            <source>Managed scaling</source>
            <translation>Verwaltete Skalierung</translation>
        </message>
        <message>
            <source>Who should run the servers?</source>
            <translation>Wer soll die Server betreiben?</translation>
        </message>
        <message>
            <source>Someone has to provision, patch and scale the machines. With EC2 and ECS on EC2 that is you (with Auto Scaling to help). With Fargate and Lambda, AWS does it: provisioning, scaling, high availability and utilisation are managed.</source>
            <translation>Jemand muss die Maschinen bereitstellen, patchen und skalieren. Bei EC2 und ECS on EC2 sind das Sie (mit Unterstützung durch Auto Scaling). Bei Fargate und Lambda übernimmt das AWS: Bereitstellung, Skalierung, Hochverfügbarkeit und Auslastung werden verwaltet.</translation>
        </message>
        <message>
            <source>We run and control servers</source>
            <translation>Wir betreiben und kontrollieren Server</translation>
        </message>
        <message>
            <source>EC2 gives you control over provisioning, scaling and managing server capacity.</source>
            <translation>EC2 gibt Ihnen die Kontrolle über Bereitstellung, Skalierung und Verwaltung der Serverkapazität.</translation>
        </message>
        <message>
            <source>ECS on EC2 is chosen when you want to run the servers, configure the applications and control scaling.</source>
            <translation>ECS on EC2 wird gewählt, wenn Sie die Server betreiben, die Anwendungen konfigurieren und die Skalierung steuern möchten.</translation>
        </message>
        <message>
            <source>EKS lets you run and scale your own node groups.</source>
            <translation>Mit EKS können Sie Ihre eigenen Knotengruppen betreiben und skalieren.</translation>
        </message>
        <message>
            <source>Fargate takes server management away from you.</source>
            <translation>Fargate nimmt Ihnen die Serververwaltung ab.</translation>
        </message>
        <message>
            <source>Lambda takes server management away from you.</source>
            <translation>Lambda nimmt Ihnen die Serververwaltung ab.</translation>
        </message>
        <message>
            <source>AWS should manage them</source>
            <translation>AWS soll sie verwalten</translation>
        </message>
        <message>
            <source>Lambda manages provisioning, scaling, high availability and utilisation for you.</source>
            <translation>Lambda verwaltet Bereitstellung, Skalierung, Hochverfügbarkeit und Auslastung für Sie.</translation>
        </message>
        <message>
            <source>Fargate runs containers without provisioning, configuring or scaling clusters of virtual machines.</source>
            <translation>Fargate führt Container aus, ohne dass Sie Cluster virtueller Maschinen bereitstellen, konfigurieren oder skalieren müssen.</translation>
        </message>
        <message>
            <source>EKS manages the control plane, but node groups (unless on Fargate) are still yours.</source>
            <translation>EKS verwaltet die Control Plane, aber die Knotengruppen (sofern nicht auf Fargate) bleiben Ihre Sache.</translation>
        </message>
        <message>
            <source>ECS on EC2 leaves the container hosts for you to provision, patch and scale.</source>
            <translation>Bei ECS on EC2 müssen Sie die Container-Hosts selbst bereitstellen, patchen und skalieren.</translation>
        </message>
        <message>
            <source>EC2 leaves provisioning, patching and scaling of instances to you.</source>
            <translation>Bei EC2 bleiben Bereitstellung, Patches und Skalierung der Instanzen Ihnen überlassen.</translation>
        </message>
        <message>
            <source>Access control</source>
            <translation>Zugriffskontrolle</translation>
        </message>
        <message>
            <source>Fine-grained access control</source>
            <translation>Feingranulare Zugriffskontrolle</translation>
        </message>
        <message>
            <source>Do separate parts of the application need separate permissions?</source>
            <translation>Brauchen verschiedene Teile der Anwendung unterschiedliche Berechtigungen?</translation>
        </message>
        <message>
            <source>Fine-grained access control gives each part of the application only the permissions it needs. ECS and Fargate give each task its own IAM role; EKS maps IAM roles to Kubernetes service accounts; each Lambda function has its own execution role, and resource policies decide who may invoke it. On EC2, everything on an instance shares one instance profile.</source>
            <translation>Feingranulare Zugriffskontrolle gibt jedem Teil der Anwendung nur die Berechtigungen, die er braucht. ECS und Fargate geben jedem Task eine eigene IAM-Rolle; EKS ordnet IAM-Rollen Kubernetes-Service-Accounts zu; jede Lambda-Funktion hat ihre eigene Ausführungsrolle, und Ressourcenrichtlinien legen fest, wer sie aufrufen darf. Auf EC2 teilt sich alles auf einer Instanz ein Instanzprofil.</translation>
        </message>
        <message>
            <source>Yes, fine-grained</source>
            <translation>Ja, feingranular</translation>
        </message>
        <message>
            <source>ECS is chosen for fine-grained access control: every task gets its own IAM role.</source>
            <translation>ECS wird für feingranulare Zugriffskontrolle gewählt: Jeder Task erhält seine eigene IAM-Rolle.</translation>
        </message>
        <message>
            <source>Every Fargate task gets its own IAM role and its own network interface.</source>
            <translation>Jeder Fargate-Task erhält seine eigene IAM-Rolle und seine eigene Netzwerkschnittstelle.</translation>
        </message>
        <message>
            <source>Every Lambda function has its own execution role, and resource policies control who may invoke it.</source>
            <translation>Jede Lambda-Funktion hat ihre eigene Ausführungsrolle, und Ressourcenrichtlinien steuern, wer sie aufrufen darf.</translation>
        </message>
        <message>
            <source>EKS maps IAM roles to Kubernetes service accounts, though it takes more setup.</source>
            <translation>EKS ordnet IAM-Rollen Kubernetes-Service-Accounts zu, erfordert dafür aber mehr Einrichtung.</translation>
        </message>
        <message>
            <source>Everything on an EC2 instance shares one instance profile.</source>
            <translation>Alles auf einer EC2-Instanz teilt sich ein Instanzprofil.</translation>
        </message>
        <message>
            <source>No, standard is fine</source>
            <translation>Nein, Standard genügt</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Latenz</translation>
        </message>
        <message>
            <source>Cold starts</source>
            <translation>Kaltstarts</translation>
        </message>
        <message>
            <source>Would occasional extra start-up latency hurt?</source>
            <translation>Würde gelegentliche zusätzliche Startlatenz schaden?</translation>
        </message>
        <message>
            <source>When Lambda has no warm execution environment free, it creates one (a cold start): that adds from under 100 ms to several seconds to that request. Provisioned concurrency keeps environments warm, at a price. Containers and instances that are already running answer at once, but adding one takes a minute or more.</source>
            <translation>Wenn Lambda keine freie warme Ausführungsumgebung hat, erstellt es eine (ein Kaltstart): Das fügt der betroffenen Anfrage von unter 100 ms bis zu mehreren Sekunden hinzu. Provisioned Concurrency hält Umgebungen gegen Aufpreis warm. Bereits laufende Container und Instanzen antworten sofort, aber das Hinzufügen eines weiteren dauert eine Minute oder länger.</translation>
        </message>
        <message>
            <source>Yes, latency-sensitive</source>
            <translation>Ja, latenzkritisch</translation>
        </message>
        <message>
            <source>Lambda cold starts add 100 ms to seconds to some requests, unless you pay for provisioned concurrency.</source>
            <translation>Lambda-Kaltstarts fügen manchen Anfragen 100 ms bis Sekunden hinzu, es sei denn, Sie zahlen für Provisioned Concurrency.</translation>
        </message>
        <message>
            <source>Running Fargate tasks are always warm.</source>
            <translation>Laufende Fargate-Tasks sind immer warm.</translation>
        </message>
        <message>
            <source>Running containers are always warm.</source>
            <translation>Laufende Container sind immer warm.</translation>
        </message>
        <message>
            <source>Running instances are always warm.</source>
            <translation>Laufende Instanzen sind immer warm.</translation>
        </message>
        <message>
            <source>Running pods are always warm.</source>
            <translation>Laufende Pods sind immer warm.</translation>
        </message>
        <message>
            <source>No, it can wait</source>
            <translation>Nein, das kann warten</translation>
        </message>
        <message>
            <source>An occasional cold start is acceptable, so Lambda's on-demand environments are fine.</source>
            <translation>Ein gelegentlicher Kaltstart ist akzeptabel, daher sind die On-Demand-Umgebungen von Lambda in Ordnung.</translation>
        </message>
        <message>
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Special hardware</source>
            <translation>Spezielle Hardware</translation>
        </message>
        <message>
            <source>Does the work need a GPU?</source>
            <translation>Braucht die Arbeit eine GPU?</translation>
        </message>
        <message>
            <source>Machine learning inference and training, video encoding and rendering may need GPUs. Only EC2 instances provide them (the G and P families), also as container hosts for ECS and as EKS nodes. Neither Lambda nor Fargate offers a GPU.</source>
            <translation>Machine-Learning-Inferenz und -Training, Videokodierung und Rendering können GPUs erfordern. Nur EC2-Instanzen stellen sie bereit (die Familien G und P), auch als Container-Hosts für ECS und als EKS-Knoten. Weder Lambda noch Fargate bieten eine GPU.</translation>
        </message>
        <message>
            <source>Yes, a GPU</source>
            <translation>Ja, eine GPU</translation>
        </message>
        <message>
            <source>Lambda offers no GPU.</source>
            <translation>Lambda bietet keine GPU.</translation>
        </message>
        <message>
            <source>Fargate offers no GPU; GPU containers need EC2 container hosts.</source>
            <translation>Fargate bietet keine GPU; GPU-Container benötigen EC2-Container-Hosts.</translation>
        </message>
        <message>
            <source>EC2 offers GPU instance families (G and P) with full control of drivers.</source>
            <translation>EC2 bietet GPU-Instanzfamilien (G und P) mit voller Kontrolle über die Treiber.</translation>
        </message>
        <message>
            <source>ECS on EC2 can place containers on GPU instances.</source>
            <translation>ECS on EC2 kann Container auf GPU-Instanzen platzieren.</translation>
        </message>
        <message>
            <source>EKS can run pods on GPU node groups.</source>
            <translation>EKS kann Pods auf GPU-Knotengruppen ausführen.</translation>
        </message>
        <message>
            <source>No GPU</source>
            <translation>Keine GPU</translation>
        </message>
        <message>
            <source>Work of this length runs here with no limit that matters and no advantage of its own.</source>
            <translation>Arbeit dieser Dauer läuft hier ohne eine Grenze, die ins Gewicht fällt, und ohne eigenen Vorteil.</translation>
        </message>
        <message>
            <source>It handles this kind of state no better and no worse than the other options.</source>
            <translation>Es kommt mit dieser Art von Zustand weder besser noch schlechter zurecht als die anderen Optionen.</translation>
        </message>
        <message>
            <source>It serves this load pattern no better and no worse than the other options.</source>
            <translation>Es bedient dieses Lastmuster weder besser noch schlechter als die anderen Optionen.</translation>
        </message>
        <message>
            <source>It gives this much control over the environment no more and no less fitly than the other options.</source>
            <translation>Es bietet dieses Maß an Kontrolle über die Umgebung weder besser noch schlechter als die anderen Optionen.</translation>
        </message>
        <message>
            <source>Where the application comes from makes no difference to how well it fits.</source>
            <translation>Woher die Anwendung kommt, ändert nichts daran, wie gut es passt.</translation>
        </message>
        <message>
            <source>It works with this choice of orchestrator no better and no worse than the other options.</source>
            <translation>Es arbeitet mit dieser Wahl des Orchestrators weder besser noch schlechter als die anderen Optionen.</translation>
        </message>
        <message>
            <source>It holds this much memory and local disk as well as the other options do.</source>
            <translation>Es bietet so viel Arbeitsspeicher und lokalen Speicher ebenso gut wie die anderen Optionen.</translation>
        </message>
        <message>
            <source>How idle capacity is paid for makes no difference to how well it fits.</source>
            <translation>Wie ungenutzte Kapazität bezahlt wird, ändert nichts daran, wie gut es passt.</translation>
        </message>
        <message>
            <source>Who runs the servers makes no difference to how well it fits.</source>
            <translation>Wer die Server betreibt, ändert nichts daran, wie gut es passt.</translation>
        </message>
        <message>
            <source>It can give each part of the application the permissions this answer asks for, as every option can.</source>
            <translation>Es kann jedem Teil der Anwendung die Berechtigungen geben, die diese Antwort verlangt, wie jede Option.</translation>
        </message>
        <message>
            <source>Start-up latency of this kind makes no difference to how well it fits.</source>
            <translation>Startlatenz dieser Art ändert nichts daran, wie gut es passt.</translation>
        </message>
        <message>
            <source>It runs work that needs no special hardware as well as every other option.</source>
            <translation>Es führt Arbeit ohne besondere Hardware ebenso gut aus wie jede andere Option.</translation>
        </message>
    </context>
</TS>
