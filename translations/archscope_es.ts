<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Answers</name>
        <message>
            <source>unknown question '%1'</source>
            <translation>pregunta desconocida '%1'</translation>
        </message>
        <message>
            <source>unknown answer '%1' for question '%2' (expected one of: %3)</source>
            <translation>respuesta desconocida '%1' para la pregunta '%2' (se esperaba una de: %3)</translation>
        </message>
        <message>
            <source>the answer to '%1' must be a string</source>
            <translation>la respuesta a '%1' debe ser una cadena</translation>
        </message>
    </context>
    <context>
        <name>ArchscopeFormat</name>
        <message>
            <source>required but missing</source>
            <translation>obligatorio pero ausente</translation>
        </message>
        <message>
            <source>expected a string</source>
            <translation>se esperaba una cadena</translation>
        </message>
        <message>
            <source>text longer than %1 characters</source>
            <translation>texto de más de %1 caracteres</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>no debe estar vacío</translation>
        </message>
        <message>
            <source>expected a number</source>
            <translation>se esperaba un número</translation>
        </message>
        <message>
            <source>the number is not finite</source>
            <translation>el número no es finito</translation>
        </message>
        <message>
            <source>expected a whole number %1..%2</source>
            <translation>se esperaba un número entero %1..%2</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>se esperaba un objeto</translation>
        </message>
        <message>
            <source>unknown kind '%1'</source>
            <translation>tipo desconocido '%1'</translation>
        </message>
        <message>
            <source>a coordinate must lie within ±%1</source>
            <translation>una coordenada debe estar dentro de ±%1</translation>
        </message>
        <message>
            <source>expected one of trigger, write, failure, not '%1'</source>
            <translation>se esperaba trigger, write o failure, no '%1'</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>se esperaba true o false</translation>
        </message>
        <message>
            <source>expected "2023" or "legacy"</source>
            <translation>se esperaba "2023" o "legacy"</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>se esperaba una lista</translation>
        </message>
        <message>
            <source>more than %1 entries</source>
            <translation>más de %1 entradas</translation>
        </message>
        <message>
            <source>duplicate id '%1'</source>
            <translation>id duplicado '%1'</translation>
        </message>
        <message>
            <source>no node has the id '%1'</source>
            <translation>ningún nodo tiene el id '%1'</translation>
        </message>
        <message>
            <source>the file is larger than %1 MB</source>
            <translation>el archivo ocupa más de %1 MB</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>nested more than %1 levels deep</source>
            <translation>anidado a más de %1 niveles de profundidad</translation>
        </message>
        <message>
            <source>not valid JSON at line %1, column %2: %3</source>
            <translation>JSON no válido en la línea %1, columna %2: %3</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>JSON no válido: %1</translation>
        </message>
        <message>
            <source>expected "%1": this is not an Archscope file</source>
            <translation>se esperaba "%1": no es un archivo de Archscope</translation>
        </message>
        <message>
            <source>the file has format version %1, written by a newer Archscope; this version reads up to version %2. Update Archscope to open it.</source>
            <translation>el archivo tiene la versión de formato %1, escrita por un Archscope más reciente; esta versión lee hasta la versión %2. Actualice Archscope para abrirlo.</translation>
        </message>
        <message>
            <source>unsupported format version %1</source>
            <translation>versión de formato no compatible %1</translation>
        </message>
        <message>
            <source>unreadable file: %1</source>
            <translation>archivo ilegible: %1</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>no se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>a wire from %1 to %2 can be “%3” or “%4”: give its kind</source>
            <translation>una conexión de %1 a %2 puede ser “%3” o “%4”: indique su tipo</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 wire</source>
            <translation>&lt;b&gt;%1 → %2&lt;/b&gt;: conexión %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 → %2&lt;/b&gt;: refused</source>
            <translation>&lt;b&gt;%1 → %2&lt;/b&gt;: rechazada</translation>
        </message>
        <message>
            <source>&lt;b&gt;Drag to wire %1 to…&lt;/b&gt;&lt;br/&gt;%2</source>
            <translation>&lt;b&gt;Arrastre para conectar %1 a…&lt;/b&gt;&lt;br/&gt;%2</translation>
        </message>
        <message>
            <source>&lt;b&gt;What can trigger %1&lt;/b&gt;&lt;br/&gt;%2</source>
            <translation>&lt;b&gt;Qué puede activar %1&lt;/b&gt;&lt;br/&gt;%2</translation>
        </message>
        <message>
            <source>%1/s</source>
            <comment>events per second on a wire</comment>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Error:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Advertencia:</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>a number %1..%2</source>
            <translation>un número %1..%2</translation>
        </message>
        <message>
            <source>a whole number %1..%2</source>
            <translation>un número entero %1..%2</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true o false</translation>
        </message>
        <message>
            <source>one of %1</source>
            <translation>uno de %1</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>una cadena</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>a list of [time, rate] pairs</source>
            <translation>una lista de pares [tiempo, tasa]</translation>
        </message>
        <message>
            <source>expected %1</source>
            <translation>se esperaba %1</translation>
        </message>
        <message>
            <source>each point needs a time of at least 0 and a rate %1..%2</source>
            <translation>cada punto necesita un tiempo de al menos 0 y una tasa %1..%2</translation>
        </message>
        <message>
            <source>%1 is outside %2..%3%4</source>
            <translation>%1 está fuera de %2..%3%4</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>  archscope validate FILE          print the diagram's problems; exit 1 if any is an error</source>
            <translation>  archscope validate FILE          muestra los problemas del diagrama; sale con 1 si alguno es un error</translation>
        </message>
        <message>
            <source>Usage:
  archscope [FILE]                 open the editor (on FILE if given)
</source>
            <translation>Uso:
  archscope [FILE]                 abre el editor (con FILE si se indica)
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
            <translation>  archscope --help                 muestra esta ayuda
  archscope --version              muestra la versión

Opciones del editor:
  --screenshot PNG                 guarda una imagen de la ventana y sale
  --theme light|dark               esquema de colores para esta ejecución
  --select ID                      selecciona un nodo (para capturas de pantalla)
</translation>
        </message>
        <message>
            <source>unknown command '%1'</source>
            <translation>comando desconocido '%1'</translation>
        </message>
        <message>
            <source>usage: archscope validate FILE</source>
            <translation>uso: archscope validate FILE</translation>
        </message>
        <message>
            <source>%1: cannot be loaded: %2</source>
            <translation>%1: no se puede cargar: %2</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
        <message>
            <source>%1: no problems</source>
            <translation>%1: sin problemas</translation>
        </message>
        <message>
            <source>  archscope export FILE --format FMT -o OUT [--scale 1|2|4] [--transparent] [--page-size A4|Letter|A3] [--author NAME] [--no-simulation]
                                   png|svg|pdf|drawio|mermaid|dot|sam|csv|md|html; OUT - is stdout</source>
            <translation>  archscope export FILE --format FMT -o OUT [--scale 1|2|4] [--transparent] [--page-size A4|Letter|A3] [--author NAME] [--no-simulation]
                                   png|svg|pdf|drawio|mermaid|dot|sam|csv|md|html; OUT - es stdout</translation>
        </message>
        <message>
            <source>  archscope recommend [--answer QUESTION=ANSWER ...] [--answers FILE.json] [--json]
                                   rank EC2, ECS on EC2, Fargate, EKS and Lambda for the answers</source>
            <translation>  archscope recommend [--answer QUESTION=ANSWER ...] [--answers FILE.json] [--json]
                                   clasifica EC2, ECS en EC2, Fargate, EKS y Lambda según las respuestas</translation>
        </message>
        <message>
            <source>  archscope questions [--json]     the questionnaire's questions and answer ids</source>
            <translation>  archscope questions [--json]     las preguntas del cuestionario y los id de las respuestas</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>no se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON: %2</source>
            <translation>%1: JSON no válido: %2</translation>
        </message>
        <message>
            <source>%1: expected a JSON object of question → answer</source>
            <translation>%1: se esperaba un objeto JSON de pregunta → respuesta</translation>
        </message>
        <message>
            <source>Recommendation (%1 of %2 questions answered)</source>
            <translation>Recomendación (%1 de %2 preguntas respondidas)</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>excluido</translation>
        </message>
        <message>
            <source>fit %1</source>
            <translation>ajuste %1</translation>
        </message>
        <message>
            <source>(no answer speaks for or against it yet)</source>
            <translation>(todavía ninguna respuesta habla a favor o en contra)</translation>
        </message>
        <message>
            <source>What would change the answer:</source>
            <translation>Qué cambiaría la respuesta:</translation>
        </message>
        <message>
            <source>no change of one or two answers puts the runner-up first</source>
            <translation>ningún cambio de una o dos respuestas pone primero al segundo clasificado</translation>
        </message>
        <message>
            <source>usage: archscope questions [--json]</source>
            <translation>uso: archscope questions [--json]</translation>
        </message>
        <message>
            <source>usage: archscope recommend [--answer QUESTION=ANSWER ...] [--answers FILE.json] [--json]</source>
            <translation>uso: archscope recommend [--answer QUESTION=ANSWER ...] [--answers FILE.json] [--json]</translation>
        </message>
        <message>
            <source>--answer expects QUESTION=ANSWER, not '%1'</source>
            <translation>--answer espera QUESTION=ANSWER, no '%1'</translation>
        </message>
        <message>
            <source>unknown argument '%1'</source>
            <translation>argumento desconocido '%1'</translation>
        </message>
        <message>
            <source>usage: archscope export FILE --format FMT -o OUT [--scale 1|2|4] [--transparent]
                         [--page-size A4|Letter|A3] [--author NAME] [--no-simulation]
  FMT is one of %1; OUT may be - for standard output.</source>
            <translation>uso: archscope export FILE --format FMT -o OUT [--scale 1|2|4] [--transparent]
                         [--page-size A4|Letter|A3] [--author NAME] [--no-simulation]
  FMT es uno de %1; OUT puede ser - para la salida estándar.</translation>
        </message>
        <message>
            <source>%1 needs a value</source>
            <translation>%1 necesita un valor</translation>
        </message>
        <message>
            <source>--scale takes 1, 2 or 4</source>
            <translation>--scale admite 1, 2 o 4</translation>
        </message>
        <message>
            <source>--page-size takes A4, Letter or A3</source>
            <translation>--page-size admite A4, Letter o A3</translation>
        </message>
        <message>
            <source>--author needs a value</source>
            <translation>--author necesita un valor</translation>
        </message>
        <message>
            <source>unknown option '%1'</source>
            <translation>opción desconocida '%1'</translation>
        </message>
        <message>
            <source>more than one input file</source>
            <translation>más de un archivo de entrada</translation>
        </message>
        <message>
            <source>FILE, --format and -o are required</source>
            <translation>FILE, --format y -o son obligatorios</translation>
        </message>
        <message>
            <source>unknown format '%1'</source>
            <translation>formato desconocido '%1'</translation>
        </message>
        <message>
            <source>cannot write to standard output</source>
            <translation>no se puede escribir en la salida estándar</translation>
        </message>
        <message>
            <source>Simulated %1 s in steps of %2 s; prices: us-east-1 list prices as of %3</source>
            <translation>Simulados %1 s en pasos de %2 s; precios: precios de lista de us-east-1 a fecha de %3</translation>
        </message>
        <message>
            <source>cannot write to standard output: %1</source>
            <translation>no se puede escribir en la salida estándar: %1</translation>
        </message>
        <message>
            <source>%1: the file is larger than %2 MB, the most an answers file may be</source>
            <translation>%1: el archivo ocupa más de %2 MB, el máximo para un archivo de respuestas</translation>
        </message>
        <message>
            <source>%1: the diagram has no decision section (its questionnaire was never answered)</source>
            <translation>%1: el diagrama no tiene sección de decisión (su cuestionario nunca se respondió)</translation>
        </message>
        <message>
            <source>%1: cannot be simulated: %2</source>
            <translation>%1: no se puede simular: %2</translation>
        </message>
        <message>
            <source>--horizon '%1': expected a duration from %2h to %3d (a number with s, m, h or d)</source>
            <translation>--horizon '%1': se esperaba una duración de %2h a %3d (un número con s, m, h o d)</translation>
        </message>
        <message>
            <source>--step '%1': expected a duration from %2s to %3h (a number with s, m, h or d)</source>
            <translation>--step '%1': se esperaba una duración de %2s a %3h (un número con s, m, h o d)</translation>
        </message>
        <message>
            <source>--seed '%1': expected a whole number from 0 to %2</source>
            <translation>--seed '%1': se esperaba un número entero de 0 a %2</translation>
        </message>
        <message>
            <source>  %1 (%2): %3 invocations, %4 throttled, peak concurrency %5, %6</source>
            <translation>  %1 (%2): %3 invocaciones, %4 limitadas, simultaneidad máxima %5, %6</translation>
        </message>
        <message>
            <source>Total: %1; per 30-day month: %2</source>
            <translation>Total: %1; por mes de 30 días: %2</translation>
        </message>
        <message>
            <source>  archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] [--exact [--window FROM..TO]] [--json] [--csv OUT]
                                   simulate load and cost; print the summary (JSON with --json);
                                   --exact also runs every request of the busiest hour (or FROM..TO, e.g. 2h..3h)
                                   and shows both engines side by side</source>
            <translation>  archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] [--exact [--window FROM..TO]] [--json] [--csv OUT]
                                   simula la carga y el coste; muestra el resumen (JSON con --json);
                                   --exact además simula cada petición de la hora de más tráfico (o FROM..TO, p. ej. 2h..3h)
                                   y muestra ambos motores lado a lado</translation>
        </message>
        <message>
            <source>Exact run of %1 s .. %2 s (seed %3, %4 events after a %5 s warm-up); each cell: fast model / exact</source>
            <translation>Ejecución exacta de %1 s .. %2 s (semilla %3, %4 eventos tras %5 s de calentamiento); cada celda: modelo rápido / exacto</translation>
        </message>
        <message>
            <source>node</source>
            <translation>nodo</translation>
        </message>
        <message>
            <source>arrivals</source>
            <translation>llegadas</translation>
        </message>
        <message>
            <source>throttled %</source>
            <translation>limitadas %</translation>
        </message>
        <message>
            <source>peak concurrency</source>
            <translation>simultaneidad máx.</translation>
        </message>
        <message>
            <source>cold starts</source>
            <translation>arranques en frío</translation>
        </message>
        <message>
            <source>peak backlog</source>
            <translation>acumulación máx.</translation>
        </message>
        <message>
            <source>wait p99 ms</source>
            <translation>espera p99 ms</translation>
        </message>
        <message>
            <source>latency p50/p99 ms</source>
            <translation>latencia p50/p99 ms</translation>
        </message>
        <message>
            <source>usage: archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] [--exact [--window FROM..TO]] [--json] [--csv OUT]</source>
            <translation>uso: archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] [--exact [--window FROM..TO]] [--json] [--csv OUT]</translation>
        </message>
        <message>
            <source>--window needs --exact</source>
            <translation>--window necesita --exact</translation>
        </message>
        <message>
            <source>--window '%1': expected FROM..TO, two durations such as 2h..3h or 7200..10800 (a number with s, m, h or d)</source>
            <translation>--window '%1': se esperaba FROM..TO, dos duraciones como 2h..3h o 7200..10800 (un número con s, m, h o d)</translation>
        </message>
        <message>
            <source>  archscope import FILE -o OUT.archscope [--json]
                                   a SAM / CloudFormation template (YAML or JSON) or a Terraform
                                   plan or state (terraform show -json) as a diagram, laid out;
                                   prints what was mapped, external and ignored (JSON with --json);
                                   exit 1 when nothing maps onto a simulated service</source>
            <translation>  archscope import FILE -o OUT.archscope [--json]
                                   una plantilla SAM / CloudFormation (YAML o JSON) o un plan o estado
                                   de Terraform (terraform show -json) como diagrama ya distribuido;
                                   muestra lo asignado, lo externo y lo omitido (JSON con --json);
                                   código de salida 1 si nada se asigna a un servicio simulado</translation>
        </message>
        <message>
            <source>usage: archscope import FILE -o OUT.archscope [--json]</source>
            <translation>uso: archscope import FILE -o OUT.archscope [--json]</translation>
        </message>
        <message>
            <source>FILE and -o are required</source>
            <translation>se necesitan FILE y -o</translation>
        </message>
        <message>
            <source>%1: cannot be imported: %2</source>
            <translation>%1: no se puede importar: %2</translation>
        </message>
        <message>
            <source>written to %1</source>
            <translation>escrito en %1</translation>
        </message>
        <message>
            <source>%1: nothing could be mapped onto a service Archscope simulates</source>
            <translation>%1: no se pudo asignar nada a un servicio que Archscope simule</translation>
        </message>
        <message>
            <source>Wait percentiles come only from the exact engine; the fast model's latency is over its whole run, not only the window.</source>
            <translation>Los percentiles de espera solo los da el motor exacto; la latencia del modelo rápido abarca toda su ejecución, no solo la ventana.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Change %1</source>
            <translation>Cambiar %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n items</source>
            <translation>
                <numerusform>Eliminar %n elemento</numerusform>
                <numerusform>Eliminar %n elementos</numerusform>
            </translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>Añadir %1</translation>
        </message>
        <message>
            <source>Both ends of a wire must be services on the canvas.</source>
            <translation>Ambos extremos de una conexión deben ser servicios del lienzo.</translation>
        </message>
        <message>
            <source>Add wire</source>
            <translation>Añadir conexión</translation>
        </message>
        <message>
            <source>Delete wire</source>
            <translation>Eliminar conexión</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Eliminar %1</translation>
        </message>
        <message>
            <source>The clipboard holds no services.</source>
            <translation>El portapapeles no contiene servicios.</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Pegar</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <source>Change wire kind</source>
            <translation>Cambiar tipo de conexión</translation>
        </message>
        <message>
            <source>Change settings</source>
            <translation>Cambiar configuración</translation>
        </message>
        <message>
            <source>Change title</source>
            <translation>Cambiar título</translation>
        </message>
        <message>
            <source>Skip question</source>
            <translation>Omitir pregunta</translation>
        </message>
        <message>
            <source>Answer question</source>
            <translation>Responder pregunta</translation>
        </message>
        <message>
            <source>Add recommended %1</source>
            <translation>Añadir %1 recomendado</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Importar %1</translation>
        </message>
        <message>
            <source>Set traffic</source>
            <translation>Establecer tráfico</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <comment>a wire by its two ends</comment>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Reset %1 of %2</source>
            <comment>a property of a service</comment>
            <translation>Restablecer %1 de %2</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <comment>a property of a service</comment>
            <translation>Cambiar %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>DecisionExport</name>
        <message>
            <source>Compute choice</source>
            <translation>Elección de cómputo</translation>
        </message>
        <message>
            <source>Questionnaire answers</source>
            <translation>Respuestas del cuestionario</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Excluded: %1</source>
            <translation>Excluido: %1</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>excluido</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Opción</translation>
        </message>
        <message>
            <source>Fit /100</source>
            <translation>Ajuste /100</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Motivos</translation>
        </message>
        <message>
            <source>Chosen for the diagram: %1.</source>
            <translation>Elegido para el diagrama: %1.</translation>
        </message>
        <message>
            <source>What would change the answer</source>
            <translation>Qué cambiaría la respuesta</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>the export was cancelled; nothing was written</source>
            <translation>la exportación se canceló; no se escribió nada</translation>
        </message>
        <message>
            <source>the PDF report came out empty</source>
            <translation>el informe PDF salió vacío</translation>
        </message>
        <message>
            <source>could not start the SVG</source>
            <translation>no se pudo iniciar el SVG</translation>
        </message>
        <message>
            <source>the scale must be between 0.25 and 8 (PNG offers 1, 2 and 4)</source>
            <translation>la escala debe estar entre 0.25 y 8 (PNG ofrece 1, 2 y 4)</translation>
        </message>
        <message>
            <source>not enough memory for a %1 × %2 picture</source>
            <translation>no hay memoria suficiente para una imagen de %1 × %2</translation>
        </message>
        <message>
            <source>could not encode the PNG</source>
            <translation>no se pudo codificar el PNG</translation>
        </message>
        <message>
            <source>could not start the PDF</source>
            <translation>no se pudo iniciar el PDF</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>Imagen PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>Dibujo SVG</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>Dibujos SVG (*.svg)</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Documento PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>draw.io diagram</source>
            <translation>Diagrama de draw.io</translation>
        </message>
        <message>
            <source>draw.io diagrams (*.drawio)</source>
            <translation>Diagramas de draw.io (*.drawio)</translation>
        </message>
        <message>
            <source>Mermaid flowchart</source>
            <translation>Diagrama de flujo de Mermaid</translation>
        </message>
        <message>
            <source>Mermaid files (*.mmd *.md)</source>
            <translation>Archivos de Mermaid (*.mmd *.md)</translation>
        </message>
        <message>
            <source>Graphviz DOT</source>
            <translation>Graphviz DOT</translation>
        </message>
        <message>
            <source>Graphviz files (*.dot *.gv)</source>
            <translation>Archivos de Graphviz (*.dot *.gv)</translation>
        </message>
        <message>
            <source>AWS SAM template</source>
            <translation>Plantilla de AWS SAM</translation>
        </message>
        <message>
            <source>SAM templates (*.yaml *.yml)</source>
            <translation>Plantillas de SAM (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Simulated series (CSV)</source>
            <translation>Series simuladas (CSV)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Review report (Markdown)</source>
            <translation>Informe de revisión (Markdown)</translation>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>Archivos Markdown (*.md)</translation>
        </message>
        <message>
            <source>Review report (HTML)</source>
            <translation>Informe de revisión (HTML)</translation>
        </message>
        <message>
            <source>HTML files (*.html *.htm)</source>
            <translation>Archivos HTML (*.html *.htm)</translation>
        </message>
        <message>
            <source>Review report (PDF)</source>
            <translation>Informe de revisión (PDF)</translation>
        </message>
        <message>
            <source>unknown export format '%1' (choose one of %2)</source>
            <translation>formato de exportación desconocido '%1' (elija uno de %2)</translation>
        </message>
    </context>
    <context>
        <name>FileWriter</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>no output file given</source>
            <translation>no se indicó ningún archivo de salida</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <source>it is neither a regular file, a character device nor a pipe</source>
            <translation>no es un archivo normal, ni un dispositivo de caracteres, ni una tubería</translation>
        </message>
        <message>
            <source>%1 is the diagram being exported; writing there would replace it, so choose another output file</source>
            <translation>%1 es el diagrama que se exporta; escribir ahí lo reemplazaría, así que elija otro archivo de salida</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Getting started guide</source>
            <translation>Guía de introducción</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Getting started with Archscope&lt;/h2&gt;&lt;p&gt;Archscope helps you decide where code should run on AWS and sketch how events reach it.&lt;/p&gt;&lt;h3&gt;1. Sketch the architecture&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open &lt;b&gt;File → Examples&lt;/b&gt; to see five real designs, or start from an empty canvas.&lt;/li&gt;&lt;li&gt;Drag services from the &lt;b&gt;Services&lt;/b&gt; dock (or double-click them). Type in its search field to filter.&lt;/li&gt;&lt;li&gt;Wire two services by dragging from the right-hand port of one to the other. Services that would accept the wire light up green; one that would not tells you why, and what to do instead.&lt;/li&gt;&lt;li&gt;Each wire shows how its target is invoked: &lt;i&gt;sync&lt;/i&gt; (the caller waits), &lt;i&gt;async&lt;/i&gt; (queued, retried), &lt;i&gt;stream&lt;/i&gt; (polled per shard), &lt;i&gt;queue&lt;/i&gt; (polled in batches), &lt;i&gt;write&lt;/i&gt; and &lt;i&gt;on failure&lt;/i&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;2. Let every service explain itself&lt;/h3&gt;&lt;p&gt;Select a service: the &lt;b&gt;Inspector&lt;/b&gt; edits its settings, with units and valid ranges, and its &lt;b&gt;Learn&lt;/b&gt; text teaches what it is, its limits, its prices and what it can be wired to. Hover a port for the whole wiring table.&lt;/p&gt;&lt;h3&gt;3. Fix what the Problems dock finds&lt;/h3&gt;&lt;p&gt;Refused wires, values out of range, compute that nothing triggers, reserved concurrency that starves other functions, asynchronous functions without a failure destination. Click a problem to select its culprit.&lt;/p&gt;&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;p&gt;Tab walks through the services, Enter opens the inspector, Ctrl+E wires the selected service to the next one you pick, F2 renames, arrows nudge, F11 presents the diagram full screen for a workshop. &lt;b&gt;Help → Keyboard Shortcuts&lt;/b&gt; lists them all.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Introducción a Archscope&lt;/h2&gt;&lt;p&gt;Archscope le ayuda a decidir dónde debe ejecutarse el código en AWS y a esbozar cómo le llegan los eventos.&lt;/p&gt;&lt;h3&gt;1. Esboce la arquitectura&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Abra &lt;b&gt;Archivo → Ejemplos&lt;/b&gt; para ver cinco diseños reales, o empiece con un lienzo vacío.&lt;/li&gt;&lt;li&gt;Arrastre servicios desde el panel &lt;b&gt;Servicios&lt;/b&gt; (o haga doble clic en ellos). Escriba en su campo de búsqueda para filtrar.&lt;/li&gt;&lt;li&gt;Conecte dos servicios arrastrando desde el puerto derecho de uno hasta el otro. Los servicios que aceptarían la conexión se iluminan en verde; uno que no la aceptaría le indica por qué y qué hacer en su lugar.&lt;/li&gt;&lt;li&gt;Cada conexión muestra cómo se invoca su destino: &lt;i&gt;síncrona&lt;/i&gt; (el llamador espera), &lt;i&gt;asíncrona&lt;/i&gt; (en cola, con reintentos), &lt;i&gt;flujo&lt;/i&gt; (sondeo por shard), &lt;i&gt;cola&lt;/i&gt; (sondeo por lotes), &lt;i&gt;escritura&lt;/i&gt; y &lt;i&gt;en caso de error&lt;/i&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;2. Deje que cada servicio se explique&lt;/h3&gt;&lt;p&gt;Seleccione un servicio: el &lt;b&gt;Inspector&lt;/b&gt; edita su configuración, con unidades y rangos válidos, y su texto &lt;b&gt;Aprender&lt;/b&gt; explica qué es, sus límites, sus precios y con qué se puede conectar. Pase el puntero sobre un puerto para ver la tabla completa de conexiones.&lt;/p&gt;&lt;h3&gt;3. Corrija lo que encuentre el panel Problemas&lt;/h3&gt;&lt;p&gt;Conexiones rechazadas, valores fuera de rango, cómputo que nada activa, simultaneidad reservada que deja sin recursos a otras funciones, funciones asíncronas sin destino en caso de error. Haga clic en un problema para seleccionar a su causante.&lt;/p&gt;&lt;h3&gt;Teclado&lt;/h3&gt;&lt;p&gt;Tab recorre los servicios, Intro abre el inspector, Ctrl+E conecta el servicio seleccionado con el siguiente que elija, F2 cambia el nombre, las flechas desplazan ligeramente, F11 presenta el diagrama a pantalla completa para un taller. &lt;b&gt;Ayuda → Atajos de teclado&lt;/b&gt; los enumera todos.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Getting Started</source>
            <translation>Introducción</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Atajo</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Walk through services</source>
            <translation>Recorrer los servicios</translation>
        </message>
        <message>
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Mayús+Tab</translation>
        </message>
        <message>
            <source>Open the inspector for the selection</source>
            <translation>Abrir el inspector para la selección</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Finish a keyboard wire / cancel it</source>
            <translation>Terminar una conexión con el teclado / cancelarla</translation>
        </message>
        <message>
            <source>Enter / Escape</source>
            <translation>Intro / Esc</translation>
        </message>
        <message>
            <source>Nudge the selection (a grid step with Shift)</source>
            <translation>Desplazar la selección (un paso de cuadrícula con Mayús)</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Teclas de flecha</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Ctrl+wheel, +, −</source>
            <translation>Ctrl+rueda, +, −</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Desplazar vista</translation>
        </message>
        <message>
            <source>Space+drag, middle-drag</source>
            <translation>Espacio+arrastrar, arrastrar con botón central</translation>
        </message>
        <message>
            <source>Wire two services</source>
            <translation>Conectar dos servicios</translation>
        </message>
        <message>
            <source>Drag from the right-hand port</source>
            <translation>Arrastrar desde el puerto derecho</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>About Archscope</source>
            <translation>Acerca de Archscope</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Archscope %1&lt;/h2&gt;&lt;p&gt;Choose AWS compute and sketch event-driven architectures.&lt;/p&gt;&lt;p&gt;Prices are AWS list prices for us-east-1, as of %2. Each service's Learn text names its price sources. Check current prices before you commit to a design.&lt;/p&gt;&lt;p&gt;Archscope is free software under the MIT licence. It ships with:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th align='left'&gt;Library&lt;/th&gt;&lt;th align='left'&gt;Version&lt;/th&gt;&lt;th align='left'&gt;Licence&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</source>
            <translation>&lt;h2&gt;Archscope %1&lt;/h2&gt;&lt;p&gt;Elija el cómputo de AWS y esboce arquitecturas orientadas a eventos.&lt;/p&gt;&lt;p&gt;Los precios son los precios de lista de AWS para us-east-1, a fecha de %2. El texto Aprender de cada servicio indica sus fuentes de precios. Compruebe los precios actuales antes de comprometerse con un diseño.&lt;/p&gt;&lt;p&gt;Archscope es software libre bajo la licencia MIT. Incluye:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th align='left'&gt;Biblioteca&lt;/th&gt;&lt;th align='left'&gt;Versión&lt;/th&gt;&lt;th align='left'&gt;Licencia&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n node(s) and %1 wire(s): %2 resource(s) mapped, %3 external, %4 ignored, %5 warning(s)</source>
            <translation>
                <numerusform>%n nodo y %1 conexión(es): %2 recurso(s) asignado(s), %3 externo(s), %4 omitido(s), %5 aviso(s)</numerusform>
                <numerusform>%n nodos y %1 conexión(es): %2 recurso(s) asignado(s), %3 externo(s), %4 omitido(s), %5 aviso(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>external: %1 (%2)</source>
            <translation>externo: %1 (%2)</translation>
        </message>
        <message>
            <source>ignored: %1 (%2): %3</source>
            <translation>omitido: %1 (%2): %3</translation>
        </message>
        <message>
            <source>warning: %1: %2</source>
            <translation>aviso: %1: %2</translation>
        </message>
        <message>
            <source>no traffic yet (a template holds none): %1</source>
            <translation>todavía sin tráfico (una plantilla no contiene ninguno): %1</translation>
        </message>
    </context>
    <context>
        <name>LearnText</name>
        <message>
            <source>Limits</source>
            <translation>Límites</translation>
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
            <translation>Precios (us-east-1)</translation>
        </message>
        <message>
            <source>source</source>
            <translation>fuente</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>a fecha de %1</translation>
        </message>
        <message>
            <source>Wiring in</source>
            <translation>Conexiones entrantes</translation>
        </message>
        <message>
            <source>Wiring out</source>
            <translation>Conexiones salientes</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Not possible</source>
            <translation>No es posible</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Select a service or a wire on the canvas to edit it and to learn what it does, what it costs and what it can be wired to.</source>
            <translation>Seleccione un servicio o una conexión en el lienzo para editarlo y saber qué hace, cuánto cuesta y con qué se puede conectar.</translation>
        </message>
        <message>
            <source>With nothing selected, the inspector edits the diagram's title and the simulation settings.</source>
            <translation>Sin nada seleccionado, el inspector edita el título del diagrama y la configuración de la simulación.</translation>
        </message>
        <message>
            <source>Select a single service or wire to edit its properties.</source>
            <translation>Seleccione un único servicio o conexión para editar sus propiedades.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>price unit</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Instance types</source>
            <translation>Tipos de instancia</translation>
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
            <translation>Miniaturas de imágenes (S3 → Lambda → S3)</translation>
        </message>
        <message>
            <source>REST API (API Gateway → Lambda → DynamoDB)</source>
            <translation>API REST (API Gateway → Lambda → DynamoDB)</translation>
        </message>
        <message>
            <source>Clickstream (Kinesis → Lambda → OpenSearch)</source>
            <translation>Flujo de clics (Kinesis → Lambda → OpenSearch)</translation>
        </message>
        <message>
            <source>Fan-out (SNS → Lambdas, SQS → ECS workers, DLQ)</source>
            <translation>Fan-out (SNS → Lambdas, SQS → workers de ECS, DLQ)</translation>
        </message>
        <message>
            <source>Lift-and-shift web app (ALB → EC2 Auto Scaling)</source>
            <translation>Aplicación web migrada tal cual (ALB → EC2 Auto Scaling)</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>%1 k</source>
            <comment>thousands: 12.5 k</comment>
            <translation>%1 mil</translation>
        </message>
        <message>
            <source>%1 M</source>
            <comment>millions: 1.3 M</comment>
            <translation>%1 M</translation>
        </message>
        <message>
            <source>%1 B</source>
            <comment>billions (10^9): 4.2 B</comment>
            <translation>%1 mil M</translation>
        </message>
        <message>
            <source>%1 T</source>
            <comment>trillions (10^12): 7 T</comment>
            <translation>%1 B</translation>
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
            <translation>%1 días</translation>
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
            <translation>%1: nada activa este %2; conéctele un origen de eventos.</translation>
        </message>
        <message>
            <source>%1 is invoked asynchronously but has no failure destination: events that fail all retries are dropped after up to 6 hours. Wire it to an SQS queue or SNS topic as an on-failure route.</source>
            <translation>%1 se invoca de forma asíncrona pero no tiene destino en caso de error: los eventos que fallan en todos los reintentos se descartan tras un máximo de 6 horas. Conéctelo a una cola SQS o a un tema SNS como ruta en caso de error.</translation>
        </message>
        <message>
            <source>%1 has a failure destination but nothing invokes it asynchronously, so the destination never receives events.</source>
            <translation>%1 tiene un destino en caso de error, pero nada lo invoca de forma asíncrona, así que el destino nunca recibe eventos.</translation>
        </message>
        <message>
            <source>%1: provisioned concurrency (%2) cannot exceed reserved concurrency (%3).</source>
            <translation>%1: la simultaneidad aprovisionada (%2) no puede superar la simultaneidad reservada (%3).</translation>
        </message>
        <message>
            <source>%1: the mean duration (%2 ms) is longer than the timeout (%3 s), so most invocations would time out.</source>
            <translation>%1: la duración media (%2 ms) es mayor que el tiempo de espera (%3 s), así que la mayoría de las invocaciones agotarían el tiempo.</translation>
        </message>
        <message>
            <source>Wire %1 (%2): %3</source>
            <translation>Conexión %1 (%2): %3</translation>
        </message>
        <message>
            <source>Wire %1 (%2) repeats another wire between the same services; each event would be delivered twice.</source>
            <translation>La conexión %1 (%2) repite otra conexión entre los mismos servicios; cada evento se entregaría dos veces.</translation>
        </message>
        <message>
            <source>Reserved concurrency adds up to %1 of the account's %2, leaving %3 unreserved; AWS keeps at least 100 for functions without a reservation. Lower a reservation or raise the account limit.</source>
            <translation>La simultaneidad reservada suma %1 de las %2 de la cuenta, lo que deja %3 sin reservar; AWS mantiene al menos 100 para las funciones sin reserva. Reduzca una reserva o aumente el límite de la cuenta.</translation>
        </message>
        <message>
            <source>/settings/accountConcurrency: an account has at least %1 concurrent executions, not %2</source>
            <translation>/settings/accountConcurrency: una cuenta tiene al menos %1 ejecuciones simultáneas, no %2</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Print Preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
    </context>
    <context>
        <name>Recommender</name>
        <message>
            <source>%1 (%2: rules it out)</source>
            <translation>%1 (%2: lo descarta)</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <source>%1 “%2” (instead of “%3”)</source>
            <translation>%1 “%2” (en lugar de “%3”)</translation>
        </message>
        <message>
            <source>%1 “%2” (currently unanswered)</source>
            <translation>%1 “%2” (sin responder por ahora)</translation>
        </message>
        <message>
            <source>Answering %1 would put %2 ahead of %3 (%4 to %5).</source>
            <translation>Responder %1 pondría %2 por delante de %3 (%4 a %5).</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>%1 (%2, neutral)</source>
            <translation>%1 (%2, neutral)</translation>
        </message>
        <message>
            <source>Equal fits are listed in a fixed order: %1.</source>
            <translation>A igual adecuación, el orden es fijo: %1.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPrompt</name>
        <message>
            <source>Archscope did not close normally last time. A diagram with unsaved changes can be restored.</source>
            <translation>Archscope no se cerró correctamente la última vez. Se puede restaurar un diagrama con cambios sin guardar.</translation>
        </message>
        <message numerus="yes">
            <source>Archscope did not close normally last time. %n diagrams with unsaved changes can be restored.</source>
            <translation>
                <numerusform>Archscope no se cerró correctamente la última vez. Se puede restaurar %n diagrama con cambios sin guardar.</numerusform>
                <numerusform>Archscope no se cerró correctamente la última vez. Se pueden restaurar %n diagramas con cambios sin guardar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore unsaved diagrams?</source>
            <translation>¿Restaurar los diagramas sin guardar?</translation>
        </message>
        <message>
            <source>Later keeps the copies and asks again at the next start; Discard deletes them.</source>
            <translation>«Más tarde» conserva las copias y vuelve a preguntar en el próximo inicio; «Descartar» las elimina.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Más &amp;tarde</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Diagram</source>
            <translation>Diagrama</translation>
        </message>
        <message>
            <source>Open problems</source>
            <translation>Problemas pendientes</translation>
        </message>
        <message>
            <source>No problems: every wire is allowed and every value is in range.</source>
            <translation>Sin problemas: todas las conexiones están permitidas y todos los valores están dentro del rango.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Afecta a</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>default</source>
            <translation>predeterminado</translation>
        </message>
        <message>
            <source>set</source>
            <translation>establecido</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Solid: synchronous push or write · dashed: asynchronous push · dash-dot: stream poll · dotted: queue poll · red: failure route</source>
            <translation>Continua: envío síncrono o escritura · discontinua: envío asíncrono · raya-punto: sondeo de flujo · punteada: sondeo de cola · roja: ruta en caso de error</translation>
        </message>
        <message>
            <source>Untitled diagram</source>
            <translation>Diagrama sin título</translation>
        </message>
        <message>
            <source>Design review</source>
            <translation>Revisión de diseño</translation>
        </message>
        <message>
            <source>Author: %1</source>
            <translation>Autor: %1</translation>
        </message>
        <message>
            <source>%1 services, %2 wires</source>
            <translation>%1 servicios, %2 conexiones</translation>
        </message>
        <message>
            <source>Region %1</source>
            <translation>Región %1</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <source>The diagram has no services yet.</source>
            <translation>El diagrama aún no tiene servicios.</translation>
        </message>
        <message>
            <source>Wires</source>
            <translation>Conexiones</translation>
        </message>
        <message>
            <source>The diagram has no wires yet.</source>
            <translation>El diagrama aún no tiene conexiones.</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>rechazada</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Invocation</source>
            <translation>Invocación</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <source>Generated by Archscope. Prices and limits are us-east-1 list values from the catalog; check each price's source and date before committing to a budget.</source>
            <translation>Generado por Archscope. Los precios y límites son valores de lista de us-east-1 del catálogo; compruebe la fuente y la fecha de cada precio antes de comprometer un presupuesto.</translation>
        </message>
        <message>
            <source>%1 — design review</source>
            <translation>%1 — revisión de diseño</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Values in grey are the catalog's defaults; values in black are set in the diagram.</source>
            <translation>Los valores en gris son los predeterminados del catálogo; los valores en negro están definidos en el diagrama.</translation>
        </message>
    </context>
    <context>
        <name>SamExport</name>
        <message>
            <source>ECS services need a cluster, task definition and networking; SAM does not generate them</source>
            <translation>Los servicios de ECS necesitan un clúster, una definición de tarea y red; SAM no los genera</translation>
        </message>
        <message>
            <source>EKS workloads are deployed with Kubernetes manifests or Helm, not SAM</source>
            <translation>Las cargas de trabajo de EKS se despliegan con manifiestos de Kubernetes o Helm, no con SAM</translation>
        </message>
        <message>
            <source>EC2 Auto Scaling groups need a launch template, AMI and networking; SAM does not generate them</source>
            <translation>Los grupos de EC2 Auto Scaling necesitan una plantilla de lanzamiento, una AMI y red; SAM no los genera</translation>
        </message>
        <message>
            <source>an Application Load Balancer needs a VPC, listeners and target groups; SAM has no ALB event</source>
            <translation>un Application Load Balancer necesita una VPC, agentes de escucha y grupos de destino; SAM no tiene evento ALB</translation>
        </message>
        <message>
            <source>OpenSearch domains are sized and secured by hand; define AWS::OpenSearchService::Domain separately</source>
            <translation>Los dominios de OpenSearch se dimensionan y protegen a mano; defina AWS::OpenSearchService::Domain por separado</translation>
        </message>
        <message>
            <source>Archscope diagram</source>
            <translation>Diagrama de Archscope</translation>
        </message>
        <message>
            <source>AWS SAM template generated by Archscope from "%1".</source>
            <translation>Plantilla de AWS SAM generada por Archscope a partir de "%1".</translation>
        </message>
        <message>
            <source>Code locations, handlers, event patterns and API paths are placeholders.</source>
            <translation>Las ubicaciones del código, los handlers, los patrones de eventos y las rutas de API son marcadores de posición.</translation>
        </message>
        <message>
            <source>Services SAM does not cover are listed under Metadata: Archscope::NotGenerated (at the end).</source>
            <translation>Los servicios que SAM no cubre se enumeran en Metadata: Archscope::NotGenerated (al final).</translation>
        </message>
        <message>
            <source>NOT GENERATED: services SAM does not cover; build them separately</source>
            <translation>NO GENERADO: servicios que SAM no cubre; créelos por separado</translation>
        </message>
        <message>
            <source>it has no Lambda function wired to it in this diagram</source>
            <translation>no tiene ninguna función Lambda conectada en este diagrama</translation>
        </message>
        <message>
            <source>NOT GENERATED: wires this template does not express</source>
            <translation>NO GENERADO: conexiones que esta plantilla no expresa</translation>
        </message>
        <message>
            <source>Lambda takes one on-failure destination; the wire to "%1" is not expressed</source>
            <translation>Lambda admite un único destino en caso de error; la conexión a "%1" no se expresa</translation>
        </message>
        <message>
            <source>could not write the SAM template: %1</source>
            <translation>no se pudo escribir la plantilla de SAM: %1</translation>
        </message>
        <message>
            <source>an external resource (%1) from an import; Archscope has no kind for it, so define it separately</source>
            <translation>un recurso externo (%1) de una importación; Archscope no tiene un tipo para él, así que defínalo por separado</translation>
        </message>
    </context>
    <context>
        <name>SeriesCsv</name>
        <message>
            <source>Line %1: expected two columns, the time in seconds and the rate in events per second, separated by a comma.</source>
            <translation>Línea %1: se esperaban dos columnas, el tiempo en segundos y la tasa en eventos por segundo, separadas por una coma.</translation>
        </message>
        <message>
            <source>Line %1: the time “%2” is not a number.</source>
            <translation>Línea %1: el tiempo “%2” no es un número.</translation>
        </message>
        <message>
            <source>Line %1: the rate “%2” is not a number.</source>
            <translation>Línea %1: la tasa “%2” no es un número.</translation>
        </message>
        <message>
            <source>Line %1: the time must not be negative.</source>
            <translation>Línea %1: el tiempo no debe ser negativo.</translation>
        </message>
        <message>
            <source>Line %1: the rate must not be negative.</source>
            <translation>Línea %1: la tasa no debe ser negativa.</translation>
        </message>
        <message>
            <source>Line %1: times must increase from line to line (%2 s follows %3 s).</source>
            <translation>Línea %1: los tiempos deben aumentar de una línea a la siguiente (%2 s sigue a %3 s).</translation>
        </message>
        <message>
            <source>Line %1: a series holds at most %2 points.</source>
            <translation>Línea %1: una serie contiene como máximo %2 puntos.</translation>
        </message>
        <message>
            <source>The file holds no data: expected lines of “time,rate”.</source>
            <translation>El archivo no contiene datos: se esperaban líneas de “tiempo,tasa”.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>/settings/horizonS: the simulated horizon must lie between %1 h and %2 days (%3..%4 s), not %5 s</source>
            <translation>/settings/horizonS: el horizonte simulado debe estar entre %1 h y %2 días (%3..%4 s), no %5 s</translation>
        </message>
        <message>
            <source>/settings/stepS: the step must lie between %1 s and %2 h (%1..%3 s), not %4 s</source>
            <translation>/settings/stepS: el paso debe estar entre %1 s y %2 h (%1..%3 s), no %4 s</translation>
        </message>
    </context>
    <context>
        <name>Simulation</name>
        <message>
            <source>What-if needs a compute node.</source>
            <translation>El análisis hipotético necesita un nodo de cómputo.</translation>
        </message>
        <message>
            <source>Free tier</source>
            <translation>Capa gratuita</translation>
        </message>
        <message>
            <source>Wire %1 (%2 → %3) is refused and was left out: %4</source>
            <translation>La conexión %1 (%2 → %3) se rechaza y se ha omitido: %4</translation>
        </message>
        <message>
            <source>The wires form a cycle through %1: events would circulate forever, so the diagram cannot be simulated. Break the loop (for example, write to another queue or table).</source>
            <translation>Las conexiones forman un ciclo a través de %1: los eventos circularían indefinidamente, así que el diagrama no se puede simular. Rompa el bucle (por ejemplo, escriba en otra cola o tabla).</translation>
        </message>
        <message>
            <source>Prices are us-east-1 list prices; %1 may differ.</source>
            <translation>Los precios son precios de lista de us-east-1; %1 puede diferir.</translation>
        </message>
        <message>
            <source>The exact window %1 s .. %2 s is empty or invalid: it needs a start before its end.</source>
            <translation>La ventana exacta %1 s .. %2 s está vacía o no es válida: su inicio debe ser anterior a su final.</translation>
        </message>
        <message>
            <source>The exact run would take about %1 million events, more than its budget of %2 million: choose a shorter window or less traffic.</source>
            <translation>La ejecución exacta necesitaría unos %1 millones de eventos, más que su presupuesto de %2 millones: elija una ventana más corta o menos tráfico.</translation>
        </message>
        <message>
            <source>The exact window was cut to %1 s .. %2 s: the whole window would take about %3 million events, more than the budget of %4 million.</source>
            <translation>La ventana exacta se recortó a %1 s .. %2 s: la ventana completa necesitaría unos %3 millones de eventos, más que el presupuesto de %4 millones.</translation>
        </message>
        <message>
            <source>The exact run stopped at %1 s: it took more than %2 million events, twice its budget.</source>
            <translation>La ejecución exacta se detuvo en %1 s: necesitó más de %2 millones de eventos, el doble de su presupuesto.</translation>
        </message>
        <message>
            <source>the window %1 s .. %2 s is empty: its end must come after its start</source>
            <translation>la ventana %1 s .. %2 s está vacía: su final debe ir después de su inicio</translation>
        </message>
        <message>
            <source>the window %1 s .. %2 s is outside the simulated horizon of 0 s .. %3 s</source>
            <translation>la ventana %1 s .. %2 s queda fuera del horizonte simulado de 0 s .. %3 s</translation>
        </message>
        <message>
            <source>The exact engine keeps a queue for each batch lane of a stream (shards × parallelization factor): %1 lanes are more than the %2 it can hold. Simulate fewer shards.</source>
            <translation>El motor exacto mantiene una cola para cada carril de lotes de un stream (shards × factor de paralelización): %1 carriles son más que los %2 que puede manejar. Simule menos shards.</translation>
        </message>
        <message>
            <source>Stepped every %1 s: traffic bursts are shorter than the %2 s step.</source>
            <translation>Simulado en pasos de %1 s: las ráfagas de tráfico son más cortas que el paso de %2 s.</translation>
        </message>
    </context>
    <context>
        <name>SimulationExport</name>
        <message>
            <source>%1 days</source>
            <translation>%1 días</translation>
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
            <translation>día %1</translation>
        </message>
        <message>
            <source>Simulation and cost</source>
            <translation>Simulación y coste</translation>
        </message>
        <message>
            <source>The simulation did not run: %1</source>
            <translation>La simulación no se ejecutó: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Supuestos</translation>
        </message>
        <message>
            <source>Horizon %1, step %2, seed %3.</source>
            <translation>Horizonte %1, paso %2, semilla %3.</translation>
        </message>
        <message>
            <source>Region %1; list prices as of %2; free tier %3.</source>
            <translation>Región %1; precios de lista a fecha de %2; capa gratuita %3.</translation>
        </message>
        <message>
            <source>the catalog date</source>
            <translation>la fecha del catálogo</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>aplicada</translation>
        </message>
        <message>
            <source>not applied</source>
            <translation>no aplicada</translation>
        </message>
        <message>
            <source>Traffic follows each source's profile in the diagram; the same diagram and seed give the same numbers.</source>
            <translation>El tráfico sigue el perfil de cada origen del diagrama; el mismo diagrama y la misma semilla dan las mismas cifras.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Advertencia: %1</translation>
        </message>
        <message>
            <source>Per node</source>
            <translation>Por nodo</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Nodo</translation>
        </message>
        <message>
            <source>Invocations</source>
            <translation>Invocaciones</translation>
        </message>
        <message>
            <source>Cold starts</source>
            <translation>Arranques en frío</translation>
        </message>
        <message>
            <source>Peak backlog</source>
            <translation>Acumulación máxima</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <source>Cost per node and item</source>
            <translation>Coste por nodo y concepto</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Concepto</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Cost over the horizon</source>
            <translation>Coste en el horizonte</translation>
        </message>
        <message>
            <source>Per 30-day month</source>
            <translation>Por mes de 30 días</translation>
        </message>
        <message>
            <source>Monthly projection: %1 (the horizon's cost scaled to 30 days). Prices are us-east-1 list prices from the catalog; check each price's source and date.</source>
            <translation>Proyección mensual: %1 (el coste del horizonte escalado a 30 días). Los precios son precios de lista de us-east-1 del catálogo; compruebe la fuente y la fecha de cada precio.</translation>
        </message>
        <message>
            <source>the simulation could not run: %1</source>
            <translation>no se pudo ejecutar la simulación: %1</translation>
        </message>
        <message>
            <source>concurrency</source>
            <translation>concurrencia</translation>
        </message>
        <message>
            <source>Concurrency per compute node: ConcurrentExecutions (Maximum per minute) for functions, tasks or instances running for fleets; the band spans each interval's lowest to highest value, the line is its mean.</source>
            <translation>Concurrencia por nodo de cómputo: ConcurrentExecutions (Maximum por minuto) en funciones, tareas o instancias en ejecución en flotas; la banda va del valor más bajo al más alto de cada intervalo y la línea es su media.</translation>
        </message>
        <message>
            <source>Throttles (refused or made to wait)</source>
            <translation>Throttles (rechazados o puestos en espera)</translation>
        </message>
        <message>
            <source>Peak ConcurrentExecutions (Maximum per minute)</source>
            <translation>Pico de ConcurrentExecutions (Maximum por minuto)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>an age metric and its largest value</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Durations, latency and ages</source>
            <translation>Duraciones, latencia y antigüedades</translation>
        </message>
        <message>
            <source>Duration p50 / p99 (with init)</source>
            <translation>Duration p50 / p99 (con init)</translation>
        </message>
        <message>
            <source>End-to-end latency p99 (sync callers)</source>
            <translation>Latencia de extremo a extremo p99 (llamadas síncronas)</translation>
        </message>
        <message>
            <source>Largest age of a waiting event</source>
            <translation>Mayor antigüedad de un evento en espera</translation>
        </message>
    </context>
    <context>
        <name>SimulationProblems</name>
        <message>
            <source>less than 0.1 %</source>
            <translation>menos del 0,1 %</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 is saturated: all its %2 %3 are busy for %4 of the simulated time while it scales out towards its maximum of %5.</source>
            <translation>%1 está saturado: sus %2 %3 están ocupados durante el %4 del tiempo simulado mientras escala hacia su máximo de %5.</translation>
        </message>
        <message>
            <source>%1 is saturated: it runs at its limit of %2 %3 for %4 of the simulated time.</source>
            <translation>%1 está saturado: funciona en su límite de %2 %3 durante el %4 del tiempo simulado.</translation>
        </message>
        <message>
            <source>Up to %1 events wait in its backlog.</source>
            <translation>Hasta %1 eventos esperan en su cola pendiente.</translation>
        </message>
        <message>
            <source>Keep more running before the peaks (its minimum size) or give each more capacity.</source>
            <translation>Mantenga más en marcha antes de los picos (su tamaño mínimo) o dé más capacidad a cada uno.</translation>
        </message>
        <message>
            <source>Raise its maximum size or the capacity of each unit.</source>
            <translation>Aumente su tamaño máximo o la capacidad de cada unidad.</translation>
        </message>
        <message>
            <source>Raise its reserved concurrency or the account's limit.</source>
            <translation>Aumente su concurrencia reservada o el límite de la cuenta.</translation>
        </message>
        <message>
            <source>%1: the backlog grows from %2 to %3 events over the simulated time and never drains (peak %4); events arrive faster than it processes them.</source>
            <translation>%1: la cola pendiente crece de %2 a %3 eventos durante el tiempo simulado y nunca se vacía (pico %4); los eventos llegan más rápido de lo que los procesa.</translation>
        </message>
        <message>
            <source>%1 throttled %2 of %3 requests (%4) over the simulated time.</source>
            <translation>%1 limitó %2 de %3 solicitudes (%4) durante el tiempo simulado.</translation>
        </message>
        <message>
            <source>%1: %2 of its invocations (%3) run past its timeout and fail. Durations vary around their mean; set the timeout well above the slowest.</source>
            <translation>%1: el %2 de sus invocaciones (%3) supera su tiempo de espera y falla. Las duraciones varían en torno a su media; fije el tiempo de espera muy por encima de las más lentas.</translation>
        </message>
    </context>
    <context>
        <name>TemplateImport</name>
        <message>
            <source>IAM: who may do what, not a part of the flow</source>
            <translation>IAM: quién puede hacer qué, no forma parte del flujo</translation>
        </message>
        <message>
            <source>a permission</source>
            <translation>un permiso</translation>
        </message>
        <message>
            <source>a resource policy</source>
            <translation>una política de recursos</translation>
        </message>
        <message>
            <source>networking</source>
            <translation>redes</translation>
        </message>
        <message>
            <source>DNS</source>
            <translation>DNS</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>certificados</translation>
        </message>
        <message>
            <source>monitoring</source>
            <translation>supervisión</translation>
        </message>
        <message>
            <source>logging</source>
            <translation>registro</translation>
        </message>
        <message>
            <source>deployment plumbing</source>
            <translation>detalles de despliegue</translation>
        </message>
        <message>
            <source>a custom resource, run once at deployment</source>
            <translation>un recurso personalizado, ejecutado una vez al desplegar</translation>
        </message>
        <message>
            <source>part of an API; its methods make the wires</source>
            <translation>parte de una API; sus métodos forman las conexiones</translation>
        </message>
        <message>
            <source>API settings</source>
            <translation>ajustes de la API</translation>
        </message>
        <message>
            <source>part of an API; its integrations make the wires</source>
            <translation>parte de una API; sus integraciones forman las conexiones</translation>
        </message>
        <message>
            <source>encryption keys</source>
            <translation>claves de cifrado</translation>
        </message>
        <message>
            <source>configuration and secrets</source>
            <translation>configuración y secretos</translation>
        </message>
        <message>
            <source>container images</source>
            <translation>imágenes de contenedor</translation>
        </message>
        <message>
            <source>the source could not be read: %1</source>
            <translation>no se pudo leer el origen: %1</translation>
        </message>
        <message>
            <source>this is neither a CloudFormation or SAM template (no Resources) nor a Terraform plan or state (no planned_values or values)</source>
            <translation>no es una plantilla de CloudFormation o SAM (sin Resources) ni un plan o estado de Terraform (sin planned_values ni values)</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>no se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>the file is larger than %1 MB</source>
            <translation>el archivo ocupa más de %1 MB</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>no se puede leer %1: %2</translation>
        </message>
        <message>
            <source>a setting of a bucket</source>
            <translation>un ajuste de un bucket</translation>
        </message>
        <message>
            <source>%1 is known only when the stack is deployed</source>
            <translation>%1 solo se conoce cuando se despliega la pila</translation>
        </message>
        <message>
            <source>it refers to the resource %1, whose name is known only once it is deployed</source>
            <translation>hace referencia al recurso %1, cuyo nombre solo se conoce una vez desplegado</translation>
        </message>
        <message>
            <source>it refers to %1, which is neither a parameter nor a resource</source>
            <translation>hace referencia a %1, que no es ni un parámetro ni un recurso</translation>
        </message>
        <message>
            <source>the parameter %1 has no default</source>
            <translation>el parámetro %1 no tiene valor predeterminado</translation>
        </message>
        <message>
            <source>the parameter %1 is read from SSM Parameter Store at deployment</source>
            <translation>el parámetro %1 se lee de SSM Parameter Store al desplegar</translation>
        </message>
        <message>
            <source>Fn::Sub takes a text or a [text, variables] list</source>
            <translation>Fn::Sub espera un texto o una lista [texto, variables]</translation>
        </message>
        <message>
            <source>Fn::Sub has a ${ without its closing }</source>
            <translation>Fn::Sub tiene un ${ sin su } de cierre</translation>
        </message>
        <message>
            <source>${%1} is an attribute known only once the stack is deployed</source>
            <translation>${%1} es un atributo que solo se conoce una vez desplegada la pila</translation>
        </message>
        <message>
            <source>${%1} has no value</source>
            <translation>${%1} no tiene valor</translation>
        </message>
        <message>
            <source>Ref takes a name</source>
            <translation>Ref espera un nombre</translation>
        </message>
        <message>
            <source>Fn::If takes [condition, value if true, value if false]</source>
            <translation>Fn::If espera [condición, valor si es verdadera, valor si es falsa]</translation>
        </message>
        <message>
            <source>it depends on the condition %1, which the parameters' defaults do not decide</source>
            <translation>depende de la condición %1, que los valores predeterminados de los parámetros no deciden</translation>
        </message>
        <message>
            <source>Fn::Join takes [delimiter, list]</source>
            <translation>Fn::Join espera [delimitador, lista]</translation>
        </message>
        <message>
            <source>Fn::Join needs a list</source>
            <translation>Fn::Join necesita una lista</translation>
        </message>
        <message>
            <source>Fn::Select takes [index, list]</source>
            <translation>Fn::Select espera [índice, lista]</translation>
        </message>
        <message>
            <source>Fn::Select's index is outside its list</source>
            <translation>el índice de Fn::Select está fuera de su lista</translation>
        </message>
        <message>
            <source>Fn::Split takes [delimiter, text]</source>
            <translation>Fn::Split espera [delimitador, texto]</translation>
        </message>
        <message>
            <source>Fn::FindInMap takes [map, key, key]</source>
            <translation>Fn::FindInMap espera [mapa, clave, clave]</translation>
        </message>
        <message>
            <source>Mappings has no %1 → %2 → %3</source>
            <translation>Mappings no contiene %1 → %2 → %3</translation>
        </message>
        <message>
            <source>Fn::Length needs a list</source>
            <translation>Fn::Length necesita una lista</translation>
        </message>
        <message>
            <source>it is an attribute of %1, known only once the stack is deployed</source>
            <translation>es un atributo de %1, que solo se conoce una vez desplegada la pila</translation>
        </message>
        <message>
            <source>it is imported from another stack (Fn::ImportValue)</source>
            <translation>se importa de otra pila (Fn::ImportValue)</translation>
        </message>
        <message>
            <source>Fn::Cidr is not evaluated</source>
            <translation>Fn::Cidr no se evalúa</translation>
        </message>
        <message>
            <source>%1 is not evaluated</source>
            <translation>%1 no se evalúa</translation>
        </message>
        <message>
            <source>the capacity providers of a cluster</source>
            <translation>los proveedores de capacidad de un clúster</translation>
        </message>
        <message>
            <source>the cluster of its services</source>
            <translation>el clúster de sus servicios</translation>
        </message>
        <message>
            <source>%1 is not a task CPU size</source>
            <translation>%1 no es un tamaño de CPU de tarea</translation>
        </message>
        <message>
            <source>%1 is not a task memory size</source>
            <translation>%1 no es un tamaño de memoria de tarea</translation>
        </message>
        <message>
            <source>the task definition is not in this template: the task size keeps its defaults</source>
            <translation>la definición de tarea no está en esta plantilla: el tamaño de la tarea conserva sus valores predeterminados</translation>
        </message>
        <message>
            <source>the instances of its services</source>
            <translation>las instancias de sus servicios</translation>
        </message>
        <message>
            <source>the instances the service runs on are not in this template: the instance type and counts keep their defaults</source>
            <translation>las instancias en las que se ejecuta el servicio no están en esta plantilla: el tipo de instancia y los recuentos conservan sus valores predeterminados</translation>
        </message>
        <message>
            <source>the task of this service</source>
            <translation>la tarea de este servicio</translation>
        </message>
        <message>
            <source>the instance type</source>
            <translation>el tipo de instancia</translation>
        </message>
        <message>
            <source>a routing rule of a load balancer</source>
            <translation>una regla de enrutamiento de un balanceador de carga</translation>
        </message>
        <message>
            <source>a listener: the wires from its load balancer</source>
            <translation>un agente de escucha: las conexiones desde su balanceador de carga</translation>
        </message>
        <message>
            <source>no listener forwards to this target group; it is drawn behind the template's only load balancer</source>
            <translation>ningún agente de escucha reenvía a este grupo de destino; se dibuja detrás del único balanceador de carga de la plantilla</translation>
        </message>
        <message>
            <source>no listener forwards to this target group: its targets get no wire from a load balancer</source>
            <translation>ningún agente de escucha reenvía a este grupo de destino: sus destinos no reciben conexión de un balanceador de carga</translation>
        </message>
        <message>
            <source>a target group: the wires to what is registered in it</source>
            <translation>un grupo de destino: las conexiones a lo que está registrado en él</translation>
        </message>
        <message>
            <source>a VPC link: API Gateway reaches the balancer through it</source>
            <translation>un enlace de VPC: API Gateway llega al balanceador a través de él</translation>
        </message>
        <message>
            <source>the provisioned concurrency of this function</source>
            <translation>la simultaneidad aprovisionada de esta función</translation>
        </message>
        <message>
            <source>the task counts of this service</source>
            <translation>los recuentos de tareas de este servicio</translation>
        </message>
        <message>
            <source>the target utilization of this service</source>
            <translation>la utilización objetivo de este servicio</translation>
        </message>
        <message>
            <source>where this cluster's pods run</source>
            <translation>dónde se ejecutan los pods de este clúster</translation>
        </message>
        <message>
            <source>a second node group: the sizes are added up and the first group's instance type is kept</source>
            <translation>un segundo grupo de nodos: los tamaños se suman y se conserva el tipo de instancia del primer grupo</translation>
        </message>
        <message>
            <source>the instances of this cluster</source>
            <translation>las instancias de este clúster</translation>
        </message>
        <message>
            <source>Resources: expected a map of logical ids to resources</source>
            <translation>Resources: se esperaba un mapa de identificadores lógicos a recursos</translation>
        </message>
        <message>
            <source>Resources: more than %1 resources</source>
            <translation>Resources: más de %1 recursos</translation>
        </message>
        <message>
            <source>%1: expected a resource (a map with a Type)</source>
            <translation>%1: se esperaba un recurso (un mapa con Type)</translation>
        </message>
        <message>
            <source>%1.Type: every resource needs a Type</source>
            <translation>%1.Type: cada recurso necesita un Type</translation>
        </message>
        <message>
            <source>%1.Properties: expected a map</source>
            <translation>%1.Properties: se esperaba un mapa</translation>
        </message>
        <message>
            <source>not resolved (%1); the catalog default is kept</source>
            <translation>sin resolver (%1); se conserva el valor predeterminado del catálogo</translation>
        </message>
        <message>
            <source>expected a number, not %1; the catalog default is kept</source>
            <translation>se esperaba un número, no %1; se conserva el valor predeterminado del catálogo</translation>
        </message>
        <message>
            <source>expected a text, not %1</source>
            <translation>se esperaba un texto, no %1</translation>
        </message>
        <message>
            <source>expected true or false, not %1</source>
            <translation>se esperaba true o false, no %1</translation>
        </message>
        <message>
            <source>it depends on the condition %1, which the parameters' defaults do not decide; the first choice is drawn</source>
            <translation>depende de la condición %1, que los valores predeterminados de los parámetros no deciden; se dibuja la primera opción</translation>
        </message>
        <message>
            <source>a value imported from another stack</source>
            <translation>un valor importado de otra pila</translation>
        </message>
        <message>
            <source>the target is not resolved (%1); no wire is drawn</source>
            <translation>el destino no se resuelve (%1); no se dibuja ninguna conexión</translation>
        </message>
        <message>
            <source>no value</source>
            <translation>sin valor</translation>
        </message>
        <message>
            <source>created only when the condition %1 holds, which is false with the parameters' defaults; it is drawn all the same</source>
            <translation>solo se crea cuando se cumple la condición %1, que es falsa con los valores predeterminados de los parámetros; se dibuja de todos modos</translation>
        </message>
        <message>
            <source>created only when the condition %1 holds, which the parameters' defaults do not decide</source>
            <translation>solo se crea cuando se cumple la condición %1, que los valores predeterminados de los parámetros no deciden</translation>
        </message>
        <message>
            <source>a nested stack: its resources are not imported here; import its own template to see them</source>
            <translation>una pila anidada: sus recursos no se importan aquí; importe su propia plantilla para verlos</translation>
        </message>
        <message>
            <source>an on-demand stream: Kinesis chooses its shards; set Shards to what you expect</source>
            <translation>un flujo bajo demanda: Kinesis elige sus shards; indique en Shards lo que espera</translation>
        </message>
        <message>
            <source>the schedule is disabled: no traffic is set</source>
            <translation>la programación está desactivada: no se establece tráfico</translation>
        </message>
        <message>
            <source>the schedule %1 cannot be read: no traffic is set</source>
            <translation>no se puede leer la programación %1: no se establece tráfico</translation>
        </message>
        <message>
            <source>the runtime %1 is not in the catalog; the default is kept</source>
            <translation>el entorno de ejecución %1 no está en el catálogo; se conserva el valor predeterminado</translation>
        </message>
        <message>
            <source>the runtime %1 is shown as %2, whose cold start the catalog knows</source>
            <translation>el entorno de ejecución %1 se muestra como %2, cuyo arranque en frío conoce el catálogo</translation>
        </message>
        <message>
            <source>it connects or configures nothing that became a node</source>
            <translation>no conecta ni configura nada que se haya convertido en un nodo</translation>
        </message>
        <message>
            <source>its function is not a node of this import</source>
            <translation>su función no es un nodo de esta importación</translation>
        </message>
        <message>
            <source>Self-managed Kafka</source>
            <translation>Kafka autogestionado</translation>
        </message>
        <message>
            <source>its event source is not in this import; no wire is drawn</source>
            <translation>su origen de eventos no está en esta importación; no se dibuja ninguna conexión</translation>
        </message>
        <message>
            <source>the mapping is disabled; the wire is drawn all the same</source>
            <translation>la asignación está desactivada; la conexión se dibuja de todos modos</translation>
        </message>
        <message>
            <source>the trigger wire into this function</source>
            <translation>la conexión de activación hacia esta función</translation>
        </message>
        <message>
            <source>the bucket sends its events to EventBridge, but no rule of this template matches them</source>
            <translation>el bucket envía sus eventos a EventBridge, pero ninguna regla de esta plantilla coincide con ellos</translation>
        </message>
        <message>
            <source>a %1 subscription reaches people or devices, not a resource: no wire is drawn</source>
            <translation>una suscripción %1 llega a personas o dispositivos, no a un recurso: no se dibuja ninguna conexión</translation>
        </message>
        <message>
            <source>%1 task</source>
            <translation>tarea %1</translation>
        </message>
        <message>
            <source>the task this rule runs</source>
            <translation>la tarea que ejecuta esta regla</translation>
        </message>
        <message>
            <source>the rule is disabled</source>
            <translation>la regla está desactivada</translation>
        </message>
        <message>
            <source>%1 URL</source>
            <translation>URL de %1</translation>
        </message>
        <message>
            <source>retries and destinations of this function</source>
            <translation>reintentos y destinos de esta función</translation>
        </message>
        <message>
            <source>Alexa skill</source>
            <translation>skill de Alexa</translation>
        </message>
        <message>
            <source>the Alexa skill's trigger wire</source>
            <translation>la conexión de activación del skill de Alexa</translation>
        </message>
        <message>
            <source>a wire from this topic</source>
            <translation>una conexión desde este tema</translation>
        </message>
        <message>
            <source>a wire from this API</source>
            <translation>una conexión desde esta API</translation>
        </message>
        <message>
            <source>the log group's trigger wire</source>
            <translation>la conexión de activación del grupo de registros</translation>
        </message>
        <message>
            <source>refers to %1, which is not in this source: drawn as a %2 node of its own</source>
            <translation>hace referencia a %1, que no está en este origen: se dibuja como un nodo %2 propio</translation>
        </message>
        <message>
            <source>%1 is not a valid %2 (%3); the default %4 is kept</source>
            <translation>%1 no es un valor válido para %2 (%3); se conserva el valor predeterminado %4</translation>
        </message>
        <message>
            <source>the schedule's rate is out of range; no traffic is set</source>
            <translation>la tasa de la programación está fuera de rango; no se establece tráfico</translation>
        </message>
        <message>
            <source>the wire %1 → %2 is not drawn: %3</source>
            <translation>no se dibuja la conexión %1 → %2: %3</translation>
        </message>
        <message>
            <source>an event without a Type: no wire is drawn</source>
            <translation>un evento sin Type: no se dibuja ninguna conexión</translation>
        </message>
        <message>
            <source>the event names no %1: no wire is drawn</source>
            <translation>el evento no indica %1: no se dibuja ninguna conexión</translation>
        </message>
        <message>
            <source>the event is disabled; the wire is drawn all the same</source>
            <translation>el evento está desactivado; la conexión se dibuja de todos modos</translation>
        </message>
        <message>
            <source>the rule is disabled; the wire is drawn all the same</source>
            <translation>la regla está desactivada; la conexión se dibuja de todos modos</translation>
        </message>
        <message>
            <source>the event type %1 is not known: no wire is drawn</source>
            <translation>el tipo de evento %1 es desconocido: no se dibuja ninguna conexión</translation>
        </message>
        <message>
            <source>puts events on the default bus, but no rule of this template reads them</source>
            <translation>pone eventos en el bus predeterminado, pero ninguna regla de esta plantilla los lee</translation>
        </message>
        <message>
            <source>one function invokes another directly: the canvas draws no compute-to-compute wire (put a queue or a topic between them)</source>
            <translation>una función invoca a otra directamente: el lienzo no dibuja conexiones de cómputo a cómputo (ponga una cola o un tema entre ellas)</translation>
        </message>
        <message>
            <source>the policy template names no %1: no wire is drawn</source>
            <translation>la plantilla de política no indica %1: no se dibuja ninguna conexión</translation>
        </message>
        <message>
            <source>a read permission</source>
            <translation>un permiso de lectura</translation>
        </message>
        <message>
            <source>a write wire</source>
            <translation>una conexión de escritura</translation>
        </message>
        <message>
            <source>nested more than %1 levels deep</source>
            <translation>anidado a más de %1 niveles de profundidad</translation>
        </message>
        <message>
            <source>a key has no value</source>
            <translation>una clave no tiene valor</translation>
        </message>
        <message>
            <source>the key '%1' appears twice</source>
            <translation>la clave «%1» aparece dos veces</translation>
        </message>
        <message>
            <source>an alias names no anchor defined before it</source>
            <translation>un alias no nombra ningún ancla definida antes</translation>
        </message>
        <message>
            <source>more than %1 values (counting every expansion of a YAML alias)</source>
            <translation>más de %1 valores (contando cada expansión de un alias YAML)</translation>
        </message>
        <message>
            <source>'%1' is not a valid !!%2</source>
            <translation>«%1» no es un !!%2 válido</translation>
        </message>
        <message>
            <source>the YAML type !!%1 is not supported in templates</source>
            <translation>el tipo YAML !!%1 no se admite en plantillas</translation>
        </message>
        <message>
            <source>unknown tag %1</source>
            <translation>etiqueta desconocida %1</translation>
        </message>
        <message>
            <source>unknown tag %1 (CloudFormation knows !Ref, !GetAtt, !Sub, !Join, !If, !Select, !Split, !ImportValue, !FindInMap, !GetAZs, !Base64, !Cidr, !Equals, !And, !Or, !Not, !Condition and a few more)</source>
            <translation>etiqueta desconocida %1 (CloudFormation conoce !Ref, !GetAtt, !Sub, !Join, !If, !Select, !Split, !ImportValue, !FindInMap, !GetAZs, !Base64, !Cidr, !Equals, !And, !Or, !Not, !Condition y algunas más)</translation>
        </message>
        <message>
            <source>a key must be a plain value, not a map or a list</source>
            <translation>una clave debe ser un valor simple, no un mapa ni una lista</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>this is binary data, not a text template (a zero byte at offset %1)</source>
            <translation>son datos binarios, no una plantilla de texto (un byte cero en la posición %1)</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (line %1, column %2)</source>
            <translation>el archivo no es texto UTF-8 (línea %1, columna %2)</translation>
        </message>
        <message>
            <source>the file holds no YAML document</source>
            <translation>el archivo no contiene ningún documento YAML</translation>
        </message>
        <message>
            <source>line %1: a tab in the indentation; YAML indents with spaces only</source>
            <translation>línea %1: un tabulador en la sangría; YAML solo sangra con espacios</translation>
        </message>
        <message>
            <source>not valid YAML at line %1, column %2: %3</source>
            <translation>YAML no válido en la línea %1, columna %2: %3</translation>
        </message>
        <message>
            <source>not valid JSON at line %1, column %2: %3</source>
            <translation>JSON no válido en la línea %1, columna %2: %3</translation>
        </message>
        <message>
            <source>unreadable file: %1</source>
            <translation>archivo ilegible: %1</translation>
        </message>
        <message>
            <source>not an AWS resource</source>
            <translation>no es un recurso de AWS</translation>
        </message>
        <message>
            <source>more than %1 resources</source>
            <translation>más de %1 recursos</translation>
        </message>
        <message>
            <source>a data source: read, not managed here</source>
            <translation>un origen de datos: se lee, no se gestiona aquí</translation>
        </message>
        <message>
            <source>the task definition is not in this source: the task size keeps its defaults</source>
            <translation>la definición de tarea no está en este origen: el tamaño de la tarea conserva sus valores predeterminados</translation>
        </message>
        <message>
            <source>the instances the service runs on are not in this source: the instance type and counts keep their defaults</source>
            <translation>las instancias en las que se ejecuta el servicio no están en este origen: el tipo de instancia y los recuentos conservan sus valores predeterminados</translation>
        </message>
        <message>
            <source>the table's stream is read here, but the source does not enable it; it is shown on</source>
            <translation>aquí se lee el flujo de la tabla, pero el origen no lo activa; se muestra activado</translation>
        </message>
        <message>
            <source>a target registered behind a load balancer</source>
            <translation>un destino registrado detrás de un balanceador de carga</translation>
        </message>
        <message>
            <source>the bucket sends its events to EventBridge, but no rule of this source matches them</source>
            <translation>el bucket envía sus eventos a EventBridge, pero ninguna regla de este origen coincide con ellos</translation>
        </message>
        <message>
            <source>the bucket's notification wires</source>
            <translation>las conexiones de notificación del bucket</translation>
        </message>
        <message>
            <source>a wire from this rule</source>
            <translation>una conexión desde esta regla</translation>
        </message>
        <message>
            <source>a wire from this table</source>
            <translation>una conexión desde esta tabla</translation>
        </message>
        <message>
            <source>expected an object with a root_module</source>
            <translation>se esperaba un objeto con un root_module</translation>
        </message>
        <message>
            <source>failed messages move to %1, but no function of this source polls the queue: no failure route is drawn</source>
            <translation>los mensajes fallidos pasan a %1, pero ninguna función de este origen sondea la cola: no se dibuja ninguna ruta de error</translation>
        </message>
        <message>
            <source>the dead-letter queue of this queue</source>
            <translation>la cola de mensajes fallidos de esta cola</translation>
        </message>
        <message>
            <source>the subscription's protocol is not resolved: no wire is drawn</source>
            <translation>el protocolo de la suscripción no se resuelve: no se dibuja ninguna conexión</translation>
        </message>
    </context>
    <context>
        <name>TitleBlock</name>
        <message>
            <source>Untitled diagram</source>
            <translation>Diagrama sin título</translation>
        </message>
        <message>
            <source>%1 services, %2 wires · %3</source>
            <translation>%1 servicios, %2 conexiones · %3</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>FECHA</translation>
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
            <translation>síncrona</translation>
        </message>
        <message>
            <source>async</source>
            <translation>asíncrona</translation>
        </message>
        <message>
            <source>stream</source>
            <translation>flujo</translation>
        </message>
        <message>
            <source>queue</source>
            <translation>cola</translation>
        </message>
        <message>
            <source>write</source>
            <translation>escritura</translation>
        </message>
        <message>
            <source>on failure</source>
            <translation>en caso de error</translation>
        </message>
        <message>
            <source>Synchronous push: the caller waits for the response. When the target is out of capacity the caller gets an error at once (HTTP 429 for Lambda).</source>
            <translation>Envío síncrono: el llamador espera la respuesta. Cuando el destino no tiene capacidad, el llamador recibe un error de inmediato (HTTP 429 en Lambda).</translation>
        </message>
        <message>
            <source>Asynchronous push: the event is handed over and queued; the source does not wait. Lambda retries failed events twice and keeps them up to 6 hours, then drops them or sends them to a failure destination.</source>
            <translation>Envío asíncrono: el evento se entrega y se pone en cola; el origen no espera. Lambda reintenta dos veces los eventos fallidos y los conserva hasta 6 horas; después los descarta o los envía a un destino en caso de error.</translation>
        </message>
        <message>
            <source>Stream poll: the consumer polls each shard in order. Concurrency is at most shards × parallelization factor; a slow consumer builds a backlog and the iterator age grows.</source>
            <translation>Sondeo de flujo: el consumidor sondea cada shard en orden. La simultaneidad es como máximo shards × factor de paralelización; un consumidor lento acumula retraso y la antigüedad del iterador crece.</translation>
        </message>
        <message>
            <source>Queue poll: consumers poll the queue in batches and scale on its depth. Messages wait in the queue instead of being refused.</source>
            <translation>Sondeo de cola: los consumidores sondean la cola por lotes y escalan según su profundidad. Los mensajes esperan en la cola en lugar de ser rechazados.</translation>
        </message>
        <message>
            <source>Write: the compute puts data into this service, which may in turn trigger more compute.</source>
            <translation>Escritura: el cómputo guarda datos en este servicio, que a su vez puede activar más cómputo.</translation>
        </message>
        <message>
            <source>On failure: asynchronous events that still fail after their retries are sent here (a dead-letter queue or on-failure destination) instead of being lost.</source>
            <translation>En caso de error: los eventos asíncronos que siguen fallando tras sus reintentos se envían aquí (una cola de mensajes fallidos o un destino en caso de error) en lugar de perderse.</translation>
        </message>
    </context>
    <context>
        <name>WiringRules</name>
        <message>
            <source>Unknown service kind.</source>
            <translation>Tipo de servicio desconocido.</translation>
        </message>
        <message>
            <source>A service cannot be wired to itself.</source>
            <translation>Un servicio no se puede conectar consigo mismo.</translation>
        </message>
        <message>
            <source>A wire from %1 to %2 can only be a %3 wire.</source>
            <translation>Una conexión de %1 a %2 solo puede ser de tipo %3.</translation>
        </message>
        <message>
            <source>Invokes the function synchronously and waits for its response.</source>
            <translation>Invoca la función de forma síncrona y espera su respuesta.</translation>
        </message>
        <message>
            <source>Forwards HTTP requests to the service (an HTTP integration; API Gateway reaches private services through a VPC link).</source>
            <translation>Reenvía las solicitudes HTTP al servicio (una integración HTTP; API Gateway llega a los servicios privados a través de un VPC link).</translation>
        </message>
        <message>
            <source>The skill invokes the function synchronously for each request.</source>
            <translation>La skill invoca la función de forma síncrona en cada solicitud.</translation>
        </message>
        <message>
            <source>Alexa skills call a Lambda function: wire the skill to Lambda and call %1 from there.</source>
            <translation>Las skills de Alexa llaman a una función Lambda: conecte la skill a Lambda y llame a %1 desde allí.</translation>
        </message>
        <message>
            <source>Object events invoke the function asynchronously.</source>
            <translation>Los eventos de objetos invocan la función de forma asíncrona.</translation>
        </message>
        <message>
            <source>S3 event notifications reach only Lambda, SNS, SQS and EventBridge: route through SNS, SQS or EventBridge to reach %1.</source>
            <translation>Las notificaciones de eventos de S3 solo llegan a Lambda, SNS, SQS y EventBridge: enrute a través de SNS, SQS o EventBridge para llegar a %1.</translation>
        </message>
        <message>
            <source>Each message is pushed asynchronously to the function; every subscriber gets its own copy (fan-out).</source>
            <translation>Cada mensaje se envía de forma asíncrona a la función; cada suscriptor recibe su propia copia (fan-out).</translation>
        </message>
        <message>
            <source>Messages are pushed to the service through an HTTP/S subscription; every subscriber gets its own copy.</source>
            <translation>Los mensajes se envían al servicio mediante una suscripción HTTP/S; cada suscriptor recibe su propia copia.</translation>
        </message>
        <message>
            <source>Matching events (or the schedule) invoke the function asynchronously.</source>
            <translation>Los eventos coincidentes (o la programación) invocan la función de forma asíncrona.</translation>
        </message>
        <message>
            <source>EventBridge cannot target an EC2 Auto Scaling group: send the events to an SQS queue the instances poll, or to Lambda.</source>
            <translation>EventBridge no puede tener como destino un grupo de EC2 Auto Scaling: envíe los eventos a una cola SQS que sondeen las instancias, o a Lambda.</translation>
        </message>
        <message>
            <source>Matching events start a task (ECS RunTask) or call the service's HTTP endpoint (an API destination).</source>
            <translation>Los eventos coincidentes inician una tarea (ECS RunTask) o llaman al endpoint HTTP del servicio (un destino de API).</translation>
        </message>
        <message>
            <source>The Config rule invokes the function asynchronously to evaluate a resource.</source>
            <translation>La regla de Config invoca la función de forma asíncrona para evaluar un recurso.</translation>
        </message>
        <message>
            <source>Config rules invoke only Lambda: route Config's change events through EventBridge or SNS into an SQS queue, or use Lambda.</source>
            <translation>Las reglas de Config solo invocan Lambda: enrute los eventos de cambio de Config a través de EventBridge o SNS hacia una cola SQS, o use Lambda.</translation>
        </message>
        <message>
            <source>The IoT rule invokes the function asynchronously. (Older notes list IoT as a synchronous source; the Lambda documentation lists it as asynchronous.)</source>
            <translation>La regla de IoT invoca la función de forma asíncrona. (Notas antiguas citan IoT como origen síncrono; la documentación de Lambda lo cita como asíncrono.)</translation>
        </message>
        <message>
            <source>IoT rules cannot call %1 directly: route the rule to an SQS queue or a Kinesis stream and consume that.</source>
            <translation>Las reglas de IoT no pueden llamar directamente a %1: enrute la regla a una cola SQS o a un flujo de Kinesis y consuma desde ahí.</translation>
        </message>
        <message>
            <source>Lambda polls each shard and invokes the function with batches of records, in order per shard.</source>
            <translation>Lambda sondea cada shard e invoca la función con lotes de registros, en orden por shard.</translation>
        </message>
        <message>
            <source>The consumer application polls the shards (KCL or enhanced fan-out); one worker per shard keeps order.</source>
            <translation>La aplicación consumidora sondea los shards (KCL o enhanced fan-out); un worker por shard mantiene el orden.</translation>
        </message>
        <message>
            <source>DynamoDB Streams triggers only Lambda: use a Lambda function, or stream the table into Kinesis and consume that from %1.</source>
            <translation>DynamoDB Streams solo activa Lambda: use una función Lambda, o transmita la tabla a Kinesis y consúmala desde %1.</translation>
        </message>
        <message>
            <source>The table's stream is off: enable the table's stream (Stream enabled, in the inspector) to trigger the function.</source>
            <translation>El flujo de la tabla está desactivado: active el flujo de la tabla (Stream enabled, en el inspector) para activar la función.</translation>
        </message>
        <message>
            <source>Lambda polls the table's stream shards and invokes the function with batches of item changes.</source>
            <translation>Lambda sondea los shards del flujo de la tabla e invoca la función con lotes de cambios de elementos.</translation>
        </message>
        <message>
            <source>Lambda's pollers receive batches of messages and invoke the function; failed messages return to the queue.</source>
            <translation>Los sondeadores de Lambda reciben lotes de mensajes e invocan la función; los mensajes fallidos vuelven a la cola.</translation>
        </message>
        <message>
            <source>Workers poll the queue and scale on its depth.</source>
            <translation>Los workers sondean la cola y escalan según su profundidad.</translation>
        </message>
        <message>
            <source>OpenSearch is a destination, not an event source: wire compute to it to write data.</source>
            <translation>OpenSearch es un destino, no un origen de eventos: conecte el cómputo a él para escribir datos.</translation>
        </message>
        <message>
            <source>%1 cannot deliver events to %2.</source>
            <translation>%1 no puede entregar eventos a %2.</translation>
        </message>
        <message>
            <source>S3 sends object event notifications here asynchronously.</source>
            <translation>S3 envía aquí notificaciones de eventos de objetos de forma asíncrona.</translation>
        </message>
        <message>
            <source>The queue subscribes to the topic: each message is copied into it (fan-out with buffering).</source>
            <translation>La cola se suscribe al tema: cada mensaje se copia en ella (fan-out con búfer).</translation>
        </message>
        <message>
            <source>Matching events are delivered to this target asynchronously.</source>
            <translation>Los eventos coincidentes se entregan a este destino de forma asíncrona.</translation>
        </message>
        <message>
            <source>AWS Config publishes configuration and compliance changes here.</source>
            <translation>AWS Config publica aquí los cambios de configuración y de conformidad.</translation>
        </message>
        <message>
            <source>An IoT rule action delivers matching messages here.</source>
            <translation>Una acción de regla de IoT entrega aquí los mensajes coincidentes.</translation>
        </message>
        <message>
            <source>Kinesis Data Streams for DynamoDB copies every item change into the stream.</source>
            <translation>Kinesis Data Streams for DynamoDB copia cada cambio de elemento en el flujo.</translation>
        </message>
        <message>
            <source>A direct AWS service integration: the API calls the service itself, with no function in between.</source>
            <translation>Una integración directa con un servicio de AWS: la API llama al propio servicio, sin ninguna función en medio.</translation>
        </message>
        <message>
            <source>OpenSearch is a destination, not an event source.</source>
            <translation>OpenSearch es un destino, no un origen de eventos.</translation>
        </message>
        <message>
            <source>A load balancer forwards only to targets: Lambda functions, or the instances and tasks of EC2, ECS and EKS.</source>
            <translation>Un balanceador de carga solo reenvía a destinos: funciones Lambda, o las instancias y tareas de EC2, ECS y EKS.</translation>
        </message>
        <message>
            <source>A queue is polled by its consumers: wire it to Lambda or to a worker service (ECS, EKS, EC2).</source>
            <translation>Una cola la sondean sus consumidores: conéctela a Lambda o a un servicio worker (ECS, EKS, EC2).</translation>
        </message>
        <message>
            <source>A stream is read by consumers: wire it to Lambda or to a consumer service, and write to %1 from there.</source>
            <translation>Un flujo lo leen los consumidores: conéctelo a Lambda o a un servicio consumidor, y escriba en %1 desde allí.</translation>
        </message>
        <message>
            <source>Alexa skills call a Lambda function: wire the skill to Lambda.</source>
            <translation>Las skills de Alexa llaman a una función Lambda: conecte la skill a Lambda.</translation>
        </message>
        <message>
            <source>%1 cannot deliver events to %2: put compute in between, or route through SNS, SQS or EventBridge where they allow it.</source>
            <translation>%1 no puede entregar eventos a %2: ponga cómputo en medio, o enrute a través de SNS, SQS o EventBridge donde lo permitan.</translation>
        </message>
        <message>
            <source>Compute does not call compute directly on this canvas: put a queue, a topic, EventBridge or an API between them so the call has a model.</source>
            <translation>En este lienzo el cómputo no llama directamente a otro cómputo: ponga una cola, un tema, EventBridge o una API entre ellos para que la llamada tenga un modelo.</translation>
        </message>
        <message>
            <source>%1 is an event source, not a destination compute can write to.</source>
            <translation>%1 es un origen de eventos, no un destino en el que el cómputo pueda escribir.</translation>
        </message>
        <message>
            <source>The compute writes data here, which may trigger more compute.</source>
            <translation>El cómputo escribe aquí datos, lo que puede activar más cómputo.</translation>
        </message>
        <message>
            <source>Only a Lambda function can send failed asynchronous events to a failure destination, and only to an SQS queue or SNS topic.</source>
            <translation>Solo una función Lambda puede enviar eventos asíncronos fallidos a un destino en caso de error, y solo a una cola SQS o un tema SNS.</translation>
        </message>
        <message>
            <source>Asynchronous events that still fail after their retries are sent here instead of being dropped.</source>
            <translation>Los eventos asíncronos que siguen fallando tras sus reintentos se envían aquí en lugar de descartarse.</translation>
        </message>
        <message>
            <source>A wire from compute is a write or a failure route, not a trigger.</source>
            <translation>Una conexión desde el cómputo es una escritura o una ruta en caso de error, no un activador.</translation>
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
            <translation>El cómputo escribe en este recurso. Archscope no comprueba las conexiones hacia o desde recursos para los que no tiene un tipo.</translation>
        </message>
        <message>
            <source>The external resource delivers events here (%1, its “Invokes targets” setting). Archscope does not check wires to or from resources it has no kind for.</source>
            <translation>El recurso externo entrega eventos aquí (%1, su ajuste «Invoca destinos»). Archscope no comprueba las conexiones hacia o desde recursos para los que no tiene un tipo.</translation>
        </message>
        <message>
            <source>%1 delivers events to this resource as it would to a function (%2). Archscope does not check wires to or from resources it has no kind for.</source>
            <translation>%1 entrega eventos a este recurso como lo haría a una función (%2). Archscope no comprueba las conexiones hacia o desde recursos para los que no tiene un tipo.</translation>
        </message>
    </context>
    <context>
        <name>archscope::ChartsPanel</name>
        <message>
            <source>Free tier</source>
            <translation>Capa gratuita</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>en uso</translation>
        </message>
        <message>
            <source>Cold starts</source>
            <translation>Arranques en frío</translation>
        </message>
        <message>
            <source>Cumulative cost (list price)</source>
            <translation>Coste acumulado (precio de lista)</translation>
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
            <translation>Horizonte simulado</translation>
        </message>
        <message>
            <source>Simulation step</source>
            <translation>Paso de simulación</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Semilla aleatoria</translation>
        </message>
        <message>
            <source>Apply the monthly free tier</source>
            <translation>Aplicar la capa gratuita mensual</translation>
        </message>
        <message>
            <source>Play: move a time cursor through the simulated horizon; the canvas shows each node's value at that time</source>
            <translation>Reproducir: mueve un cursor de tiempo por el horizonte simulado; el lienzo muestra el valor de cada nodo en ese momento</translation>
        </message>
        <message>
            <source>Play the simulation</source>
            <translation>Reproducir la simulación</translation>
        </message>
        <message>
            <source>Stop: the canvas shows the peaks again</source>
            <translation>Detener: el lienzo vuelve a mostrar los picos</translation>
        </message>
        <message>
            <source>Stop playing and show the peaks</source>
            <translation>Detener la reproducción y mostrar los picos</translation>
        </message>
        <message>
            <source>Simulated time</source>
            <translation>Tiempo simulado</translation>
        </message>
        <message>
            <source>Drag to see the canvas at a moment of the simulation</source>
            <translation>Arrastre para ver el lienzo en un momento de la simulación</translation>
        </message>
        <message>
            <source>day 30, 23:59</source>
            <translation>día 30, 23:59</translation>
        </message>
        <message>
            <source>Simulated time shown</source>
            <translation>Tiempo simulado mostrado</translation>
        </message>
        <message>
            <source>Horizon:</source>
            <translation>Horizonte:</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>Paso:</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Semilla:</translation>
        </message>
        <message>
            <source>Service and item</source>
            <translation>Servicio y concepto</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <source>Cost breakdown by service and item</source>
            <translation>Desglose de costes por servicio y concepto</translation>
        </message>
        <message>
            <source>Concurrency</source>
            <translation>Simultaneidad</translation>
        </message>
        <message>
            <source>Throttles and backlog</source>
            <translation>Limitaciones y acumulación</translation>
        </message>
        <message>
            <source>Cost over time</source>
            <translation>Coste en el tiempo</translation>
        </message>
        <message>
            <source>Cost breakdown</source>
            <translation>Desglose de costes</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>Hipótesis</translation>
        </message>
        <message>
            <source>Power tuning</source>
            <translation>Ajuste de potencia</translation>
        </message>
        <message>
            <source>Pause the simulation</source>
            <translation>Pausar la simulación</translation>
        </message>
        <message>
            <source>peaks</source>
            <translation>picos</translation>
        </message>
        <message>
            <source>day %1, %2</source>
            <translation>día %1, %2</translation>
        </message>
        <message>
            <source>Not simulated: %1</source>
            <translation>No simulado: %1</translation>
        </message>
        <message>
            <source>No simulation yet</source>
            <translation>Aún no hay simulación</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; over %2 days · about &lt;b&gt;%3&lt;/b&gt; a month</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; en %2 días · unos &lt;b&gt;%3&lt;/b&gt; al mes</translation>
        </message>
        <message>
            <source>Simulated with %1 list prices as of %2%3. Series are decimated to %4 buckets of %5 s.</source>
            <translation>Simulado con precios de lista de %1 a fecha de %2%3. Las series se reducen a %4 intervalos de %5 s.</translation>
        </message>
        <message>
            <source>, free tier applied</source>
            <translation>, con la capa gratuita aplicada</translation>
        </message>
        <message>
            <source>Request by request</source>
            <translation>Petición a petición</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>events</source>
            <translation>eventos</translation>
        </message>
        <message>
            <source>starts/s</source>
            <translation>arranques/s</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a service's label and its id</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Concurrency: no compute service ran</source>
            <translation>Simultaneidad: no se ejecutó ningún servicio de cómputo</translation>
        </message>
        <message>
            <source>Backlog: none in this run</source>
            <translation>Acumulación: ninguna en esta simulación</translation>
        </message>
        <message>
            <source>Cold starts: none in this run</source>
            <translation>Arranques en frío: ninguno en esta simulación</translation>
        </message>
        <message>
            <source>Whole diagram: %1</source>
            <translation>Diagrama completo: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Cumulative cost at list price: the whole diagram and its %n costliest services</source>
            <translation>
                <numerusform>Coste acumulado a precio de lista: el diagrama completo y su servicio más caro</numerusform>
                <numerusform>Coste acumulado a precio de lista: el diagrama completo y sus %n servicios más caros</numerusform>
            </translation>
        </message>
        <message>
            <source>Cumulative cost at list price: the whole diagram and the selected %1</source>
            <translation>Coste acumulado a precio de lista: el diagrama completo y el servicio seleccionado %1</translation>
        </message>
        <message numerus="yes">
            <source>Cumulative cost at list price: the whole diagram and the %n selected services</source>
            <translation>
                <numerusform>Coste acumulado a precio de lista: el diagrama completo y el servicio seleccionado</numerusform>
                <numerusform>Coste acumulado a precio de lista: el diagrama completo y los %n servicios seleccionados</numerusform>
            </translation>
        </message>
        <message>
            <source> (before the free tier)</source>
            <translation> (antes de la capa gratuita)</translation>
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
            <translation>%1 hasta %2</translation>
        </message>
        <message>
            <source>Throttles: none in this run</source>
            <translation>Throttles: ninguno en esta ejecución</translation>
        </message>
        <message>
            <source>ConcurrentExecutions (Maximum per minute): environments busy; fleets: tasks or instances</source>
            <translation>ConcurrentExecutions (Maximum por minuto): entornos ocupados; flotas: tareas o instancias</translation>
        </message>
        <message>
            <source>Throttles per second: events refused or made to wait</source>
            <translation>Throttles por segundo: eventos rechazados o puestos en espera</translation>
        </message>
        <message>
            <source>Backlog: events waiting, with the oldest one's age</source>
            <translation>Acumulación: eventos en espera, con la antigüedad del más antiguo</translation>
        </message>
        <message>
            <source>Cold starts: new execution environments per second</source>
            <translation>Arranques en frío: nuevos entornos de ejecución por segundo</translation>
        </message>
    </context>
    <context>
        <name>archscope::DiagramScene</name>
        <message>
            <source>Move</source>
            <translation>Mover</translation>
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
            <translation>Conexión rechazada: %1</translation>
        </message>
        <message>
            <source>now %1 · %2 %</source>
            <translation>ahora %1 · %2 %</translation>
        </message>
        <message>
            <source>now %1 %2 · %3 %</source>
            <translation>ahora %1 %2 · %3 %</translation>
        </message>
        <message>
            <source>backlog %1</source>
            <translation>acumulación %1</translation>
        </message>
        <message>
            <source>Wiring from %1: select the target (Tab or click), then press Enter; Escape cancels.</source>
            <translation>Conectando desde %1: seleccione el destino (Tab o clic) y pulse Intro; Esc cancela.</translation>
        </message>
        <message>
            <source>Wiring cancelled: select exactly one other service as the target.</source>
            <translation>Conexión cancelada: seleccione exactamente otro servicio como destino.</translation>
        </message>
        <message>
            <source>Wired: %1</source>
            <translation>Conectado: %1</translation>
        </message>
        <message>
            <source>no traffic: set a rate</source>
            <translation>sin tráfico: indique una tasa</translation>
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
            <translation>pico %1 · %2</translation>
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
            <translation>Lienzo de arquitectura</translation>
        </message>
        <message>
            <source>Services and the wires between them. Drag from a service's right-hand port to wire it.</source>
            <translation>Los servicios y las conexiones entre ellos. Arrastre desde el puerto derecho de un servicio para conectarlo.</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>Nuevo nombre</translation>
        </message>
    </context>
    <context>
        <name>archscope::ExactCheckView</name>
        <message>
            <source>Check the busiest hour request by request</source>
            <translation>Comprobar la hora de más tráfico petición a petición</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Simulate every request of the busiest hour of the simulation (Poisson arrivals, lognormal durations, every cap, pool and queue) and compare it with the fast model</source>
            <translation>Simular cada petición de la hora de más tráfico de la simulación (llegadas de Poisson, duraciones lognormales, cada límite, grupo y cola) y compararla con el modelo rápido</translation>
        </message>
        <message>
            <source>Cancel the request-by-request check</source>
            <translation>Cancelar la comprobación petición a petición</translation>
        </message>
        <message>
            <source>Progress of the request-by-request check</source>
            <translation>Progreso de la comprobación petición a petición</translation>
        </message>
        <message>
            <source>Fast model and exact engine side by side</source>
            <translation>Modelo rápido y motor exacto lado a lado</translation>
        </message>
        <message>
            <source>Checking %1 to %2 request by request…</source>
            <translation>Comprobando de %1 a %2 petición a petición…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Cancelled; the table shows the previous check.</source>
            <translation>Cancelado; la tabla muestra la comprobación anterior.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>Not checked: %1</source>
            <translation>No comprobado: %1</translation>
        </message>
        <message>
            <source>%1 to %2 of the simulation, request by request: %3 events (seed %4). Each cell: fast model / exact engine, over the same hour.</source>
            <translation>De %1 a %2 de la simulación, petición a petición: %3 eventos (semilla %4). Cada celda: modelo rápido / motor exacto, en la misma hora.</translation>
        </message>
        <message>
            <source>Check the busiest hour again</source>
            <translation>Volver a comprobar la hora de más tráfico</translation>
        </message>
        <message>
            <source>Runs every request of the busiest hour and compares the figures with the fast model's.</source>
            <translation>Simula cada petición de la hora de más tráfico y compara las cifras con las del modelo rápido.</translation>
        </message>
        <message>
            <source>day %1, %2</source>
            <translation>día %1, %2</translation>
        </message>
        <message>
            <source>Peak concurrency</source>
            <translation>Simultaneidad máx.</translation>
        </message>
        <message>
            <source>Throttled %</source>
            <translation>Limitadas %</translation>
        </message>
        <message>
            <source>Cold starts</source>
            <translation>Arranques en frío</translation>
        </message>
        <message>
            <source>Peak backlog</source>
            <translation>Acumulación máx.</translation>
        </message>
        <message>
            <source>Wait p99 (ms)</source>
            <translation>Espera p99 (ms)</translation>
        </message>
        <message>
            <source>Latency p50 (ms)</source>
            <translation>Latencia p50 (ms)</translation>
        </message>
        <message>
            <source>Latency p99 (ms)</source>
            <translation>Latencia p99 (ms)</translation>
        </message>
        <message>
            <source>Node (stale: the diagram changed since this check)</source>
            <translation>Nodo (desfasado: el diagrama cambió tras esta comprobación)</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Nodo</translation>
        </message>
        <message>
            <source>%1: fast model / exact engine</source>
            <translation>%1: modelo rápido / motor exacto</translation>
        </message>
        <message>
            <source>%1 of %2
Fast model: %3
Exact engine: %4</source>
            <translation>%1 de %2
Modelo rápido: %3
Motor exacto: %4</translation>
        </message>
        <message>
            <source>The fast model gives no percentiles.</source>
            <translation>El modelo rápido no da percentiles.</translation>
        </message>
        <message>
            <source>The exact engine saw nothing of this kind in the window.</source>
            <translation>El motor exacto no vio nada de este tipo en la ventana.</translation>
        </message>
    </context>
    <context>
        <name>archscope::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>1× (as on screen)</source>
            <translation>1× (como en pantalla)</translation>
        </message>
        <message>
            <source>2× (high DPI)</source>
            <translation>2× (alta densidad de píxeles)</translation>
        </message>
        <message>
            <source>4× (print)</source>
            <translation>4× (impresión)</translation>
        </message>
        <message>
            <source>Transparent background</source>
            <translation>Fondo transparente</translation>
        </message>
        <message>
            <source>Include the simulation (cost, concurrency)</source>
            <translation>Incluir la simulación (coste, simultaneidad)</translation>
        </message>
        <message>
            <source>Shown in the title block and the report</source>
            <translation>Se muestra en el cajetín y en el informe</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>&amp;Scale:</source>
            <translation>&amp;Escala:</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;Tamaño de página:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Autor:</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>the SVG could not be read back</source>
            <translation>no se pudo volver a leer el SVG</translation>
        </message>
        <message>
            <source>Cannot export: %1</source>
            <translation>No se puede exportar: %1</translation>
        </message>
        <message>
            <source>
… (%1 more bytes)</source>
            <translation>
… (%1 bytes más)</translation>
        </message>
        <message>
            <source>%1 — %2 KB</source>
            <translation>%1 — %2 KB</translation>
        </message>
        <message>
            <source> — %1 × %2 pixels</source>
            <translation> — %1 × %2 píxeles</translation>
        </message>
        <message>
            <source>diagram</source>
            <translation>diagrama</translation>
        </message>
        <message>
            <source>Export as %1</source>
            <translation>Exportar como %1</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>archscope::FileController</name>
        <message>
            <source>Archscope diagrams (*.archscope);;All files (*)</source>
            <translation>Diagramas de Archscope (*.archscope);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved. Save them first?</source>
            <translation>“%1” tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
        </message>
        <message>
            <source>Cannot open diagram</source>
            <translation>No se puede abrir el diagrama</translation>
        </message>
        <message>
            <source>“%1” could not be opened.</source>
            <translation>No se pudo abrir “%1”.</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>Se abrió %1</translation>
        </message>
        <message>
            <source>Open diagram</source>
            <translation>Abrir diagrama</translation>
        </message>
        <message>
            <source>Cannot save diagram</source>
            <translation>No se puede guardar el diagrama</translation>
        </message>
        <message>
            <source>The diagram was not saved; the file on disk is unchanged.</source>
            <translation>El diagrama no se guardó; el archivo en disco no ha cambiado.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Se guardó %1</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Save diagram as</source>
            <translation>Guardar diagrama como</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revertir</translation>
        </message>
        <message>
            <source>Discard every change since “%1” was last saved?</source>
            <translation>¿Descartar todos los cambios desde la última vez que se guardó “%1”?</translation>
        </message>
    </context>
    <context>
        <name>archscope::HorizonSpinBox</name>
        <message>
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message numerus="yes">
            <source>%n hours</source>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>archscope::ImportController</name>
        <message>
            <source>Templates and plans (%1);;All files (*)</source>
            <translation>Plantillas y planes (%1);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import infrastructure</source>
            <translation>Importar infraestructura</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>No se puede importar</translation>
        </message>
        <message>
            <source>“%1” could not be imported.</source>
            <translation>No se pudo importar «%1».</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nada que importar</translation>
        </message>
        <message numerus="yes">
            <source>“%1” holds no resource Archscope can draw; %n resource(s) were ignored.</source>
            <translation>
                <numerusform>«%1» no contiene ningún recurso que Archscope pueda dibujar; se omitió %n recurso.</numerusform>
                <numerusform>«%1» no contiene ningún recurso que Archscope pueda dibujar; se omitieron %n recursos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported %1</source>
            <translation>%1 importado</translation>
        </message>
    </context>
    <context>
        <name>archscope::ImportSummaryDialog</name>
        <message>
            <source>Import summary</source>
            <translation>Resumen de la importación</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; imported</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; importado</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Sources without traffic</source>
            <translation>Orígenes sin tráfico</translation>
        </message>
        <message>
            <source>no rate set</source>
            <translation>sin tasa</translation>
        </message>
        <message>
            <source>External (no kind in Archscope)</source>
            <translation>Externos (sin tipo en Archscope)</translation>
        </message>
        <message>
            <source>Ignored</source>
            <translation>Omitidos</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <source>Mapped</source>
            <translation>Asignados</translation>
        </message>
        <message numerus="yes">
            <source>A template holds no traffic: %n source(s) have no rate yet, so nothing flows. Click one to select it and set its rate in the inspector, or give them all a rate to start from.</source>
            <translation>
                <numerusform>Una plantilla no contiene tráfico: %n origen aún no tiene tasa, así que no fluye nada. Haga clic en él para seleccionarlo e indicar su tasa en el inspector, o dele una tasa inicial.</numerusform>
                <numerusform>Una plantilla no contiene tráfico: %n orígenes aún no tienen tasa, así que no fluye nada. Haga clic en uno para seleccionarlo e indicar su tasa en el inspector, o deles a todos una tasa inicial.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give each of them %1 event/s</source>
            <translation>Dar a cada uno %1 evento/s</translation>
        </message>
    </context>
    <context>
        <name>archscope::InspectorWidget</name>
        <message>
            <source>Trigger</source>
            <translation>Activador</translation>
        </message>
        <message>
            <source>Write (put data)</source>
            <translation>Escritura (guardar datos)</translation>
        </message>
        <message>
            <source>On failure (dead-letter)</source>
            <translation>En caso de error (mensajes fallidos)</translation>
        </message>
        <message numerus="yes">
            <source>%n service</source>
            <translation>
                <numerusform>%n servicio</numerusform>
                <numerusform>%n servicios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n services</source>
            <translation>
                <numerusform>%n servicio</numerusform>
                <numerusform>%n servicios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wire</source>
            <translation>
                <numerusform>%n conexión</numerusform>
                <numerusform>%n conexiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wires</source>
            <translation>
                <numerusform>%n conexión</numerusform>
                <numerusform>%n conexiones</numerusform>
            </translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>Propiedades</translation>
        </message>
        <message>
            <source>Learn</source>
            <translation>Aprender</translation>
        </message>
        <message>
            <source>Explains the selected service or wire.</source>
            <translation>Explica el servicio o la conexión seleccionados.</translation>
        </message>
        <message>
            <source>No diagram is open.</source>
            <translation>No hay ningún diagrama abierto.</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>Diagrama</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>The name shown on the canvas and in exports.</source>
            <translation>El nombre que se muestra en el lienzo y en las exportaciones.</translation>
        </message>
        <message>
            <source>&amp;Label</source>
            <translation>&amp;Etiqueta</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>The stable id used in the file and by exports; it never changes.</source>
            <translation>El id estable que se usa en el archivo y en las exportaciones; nunca cambia.</translation>
        </message>
        <message>
            <source>This service kind is unknown to this version of Archscope; its settings are kept as they are.</source>
            <translation>Esta versión de Archscope no conoce este tipo de servicio; su configuración se conserva tal cual.</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Invocation model</source>
            <translation>Modelo de invocación</translation>
        </message>
        <message>
            <source>Invocation</source>
            <translation>Invocación</translation>
        </message>
        <message>
            <source>What the wire does</source>
            <translation>Qué hace la conexión</translation>
        </message>
        <message>
            <source>Why the wire is refused</source>
            <translation>Por qué se rechaza la conexión</translation>
        </message>
        <message>
            <source>Wire kind</source>
            <translation>Tipo de conexión</translation>
        </message>
        <message>
            <source>This pair allows more than one kind of wire: a write puts data, an on-failure route receives failed asynchronous events.</source>
            <translation>Este par admite más de un tipo de conexión: una escritura guarda datos; una ruta en caso de error recibe los eventos asíncronos fallidos.</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>%1 and %2 selected</source>
            <comment>services and wires</comment>
            <translation>%1 y %2 seleccionados</translation>
        </message>
        <message>
            <source>%1 selected</source>
            <translation>%1 seleccionados</translation>
        </message>
        <message>
            <source>None of its own: services write to it, and it triggers nothing. Wire it as a trigger to give it traffic.</source>
            <translation>Ninguno propio: otros servicios escriben en él y no desencadena nada. Conéctelo como desencadenador para darle tráfico.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
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
            <translation>Servicios</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;abierto&gt;</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>Historial de deshacer</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nuevo</translation>
        </message>
        <message>
            <source>New &amp;Window</source>
            <translation>Nueva &amp;ventana</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>E&amp;jemplos</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Guardar c&amp;omo…</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Rever&amp;tir</translation>
        </message>
        <message>
            <source>&amp;Close Window</source>
            <translation>&amp;Cerrar ventana</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Seleccionar t&amp;odo</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Cambiar &amp;nombre</translation>
        </message>
        <message>
            <source>Auto-&amp;layout</source>
            <translation>Disposición &amp;automática</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>Tamaño &amp;real</translation>
        </message>
        <message>
            <source>&amp;Fit Diagram</source>
            <translation>Ajustar al &amp;diagrama</translation>
        </message>
        <message>
            <source>&amp;Snap to Grid</source>
            <translation>Ajustar a la &amp;cuadrícula</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About Archscope</source>
            <translation>&amp;Acerca de Archscope</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Auto-layout</source>
            <translation>Disposición automática</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>No hay archivos recientes</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Borrar menú</translation>
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
                <numerusform>Se copió %n servicio</numerusform>
                <numerusform>Se copiaron %n servicios</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to paste: %1</source>
            <translation>Nada que pegar: %1</translation>
        </message>
        <message>
            <source>Compute Advisor</source>
            <translation>Asesor de cómputo</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>Simulación</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Wire To…</source>
            <translation>Cone&amp;ctar a…</translation>
        </message>
        <message>
            <source>&amp;Inspect</source>
            <translation>&amp;Inspeccionar</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>Pre&amp;ferencias…</translation>
        </message>
        <message>
            <source>&amp;Workshop Mode</source>
            <translation>&amp;Modo taller</translation>
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation>&amp;Introducción</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>Select one service to wire from, then choose Wire To (Ctrl+E).</source>
            <translation>Seleccione un servicio desde el que conectar y elija Conectar a (Ctrl+E).</translation>
        </message>
        <message>
            <source>Cannot restore diagram</source>
            <translation>No se puede restaurar el diagrama</translation>
        </message>
        <message>
            <source>A recovered copy could not be read, so it was left in %1.</source>
            <translation>No se pudo leer una copia recuperada, así que se dejó en %1.</translation>
        </message>
        <message>
            <source>Restored unsaved changes; save them to keep them.</source>
            <translation>Se restauraron cambios sin guardar; guárdelos para conservarlos.</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>A SAM or CloudFormation template or a Terraform plan as a diagram</source>
            <translation>Una plantilla SAM o CloudFormation o un plan de Terraform como diagrama</translation>
        </message>
    </context>
    <context>
        <name>archscope::PaletteWidget</name>
        <message>
            <source>Search services…</source>
            <translation>Buscar servicios…</translation>
        </message>
        <message>
            <source>Search services</source>
            <translation>Buscar servicios</translation>
        </message>
        <message>
            <source>Filters the services by name or description. Press Down to move into the list.</source>
            <translation>Filtra los servicios por nombre o descripción. Pulse Abajo para pasar a la lista.</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <source>Drag a service onto the canvas, or press Enter to add it.</source>
            <translation>Arrastre un servicio al lienzo, o pulse Intro para añadirlo.</translation>
        </message>
        <message>
            <source>No service matches the search.</source>
            <translation>Ningún servicio coincide con la búsqueda.</translation>
        </message>
        <message>
            <source>%1 services</source>
            <translation>%1 servicios</translation>
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
            <translation>Seleccione una función Lambda para ver su duración y su coste según la memoria.</translation>
        </message>
        <message>
            <source>Duration and cost per million invocations against memory</source>
            <translation>Duración y coste por millón de invocaciones según la memoria</translation>
        </message>
        <message>
            <source>Apply the balanced memory</source>
            <translation>Aplicar la memoria equilibrada</translation>
        </message>
        <message>
            <source>Apply the cheapest memory</source>
            <translation>Aplicar la memoria más barata</translation>
        </message>
        <message>
            <source>Apply the fastest memory</source>
            <translation>Aplicar la memoria más rápida</translation>
        </message>
        <message>
            <source>balanced</source>
            <translation>equilibrada</translation>
        </message>
        <message>
            <source>cheapest</source>
            <translation>más barata</translation>
        </message>
        <message>
            <source>fastest</source>
            <translation>más rápida</translation>
        </message>
        <message>
            <source>Apply %1 memory (%2)</source>
            <translation>Aplicar la memoria %1 (%2)</translation>
        </message>
        <message>
            <source>%1, %2 ms, %3 per million</source>
            <translation>%1, %2 ms, %3 por millón</translation>
        </message>
        <message>
            <source>Apply %1: %2</source>
            <translation>Aplicar %1: %2</translation>
        </message>
        <message>
            <source>Apply %1</source>
            <translation>Aplicar %1</translation>
        </message>
        <message>
            <source>The function already has this memory.</source>
            <translation>La función ya tiene esta memoria.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Now&lt;/b&gt;: %1.</source>
            <translation>&lt;b&gt;Ahora&lt;/b&gt;: %1.</translation>
        </message>
        <message>
            <source>Model: %1 % of the duration is CPU-bound, %2; edit both in the inspector. One vCPU at 1,769 MB, at most 6. List prices, no free tier.</source>
            <translation>Modelo: el %1 % de la duración depende de la CPU, %2; edite ambos en el inspector. Una vCPU a 1769 MB, como máximo 6. Precios de lista, sin capa gratuita.</translation>
        </message>
        <message>
            <source>single-threaded</source>
            <translation>de un solo hilo</translation>
        </message>
        <message>
            <source>multi-threaded</source>
            <translation>multihilo</translation>
        </message>
        <message>
            <source>Power tuning: %1</source>
            <translation>Ajuste de potencia: %1</translation>
        </message>
        <message>
            <source>Duration (ms)</source>
            <translation>Duración (ms)</translation>
        </message>
        <message>
            <source>Cost per million (USD)</source>
            <translation>Coste por millón (USD)</translation>
        </message>
        <message>
            <source>%1: %2 ms, %3 per million, %4 vCPU</source>
            <translation>%1: %2 ms, %3 por millón, %4 vCPU</translation>
        </message>
        <message>
            <source>duration (ms)</source>
            <translation>duración (ms)</translation>
        </message>
        <message>
            <source>USD per million</source>
            <translation>USD por millón</translation>
        </message>
        <message>
            <source>current</source>
            <translation>actual</translation>
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
            <translation>memoria</translation>
        </message>
    </context>
    <context>
        <name>archscope::PreferencesDialog</name>
        <message>
            <source>Snap services to the grid</source>
            <translation>Ajustar los servicios a la cuadrícula</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Default simulated horizon</source>
            <translation>Horizonte simulado predeterminado</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Default simulation step</source>
            <translation>Paso de simulación predeterminado</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>El idioma del sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>New diagrams simulate &amp;for:</source>
            <translation>Los diagramas nuevos simulan &amp;durante:</translation>
        </message>
        <message>
            <source>in &amp;steps of:</source>
            <translation>en &amp;pasos de:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>A new language applies the next time Archscope starts.</source>
            <translation>Un idioma nuevo se aplica la próxima vez que se inicie Archscope.</translation>
        </message>
    </context>
    <context>
        <name>archscope::ProblemsWidget</name>
        <message>
            <source>Problem summary</source>
            <translation>Resumen de problemas</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Errors and warnings in the diagram. Press Enter to select the item concerned.</source>
            <translation>Errores y advertencias del diagrama. Pulse Intro para seleccionar el elemento afectado.</translation>
        </message>
        <message>
            <source>No problems</source>
            <translation>Sin problemas</translation>
        </message>
        <message numerus="yes">
            <source>%n error</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning</source>
            <translation>
                <numerusform>%n advertencia</numerusform>
                <numerusform>%n advertencias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation>
                <numerusform>%n advertencia</numerusform>
                <numerusform>%n advertencias</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>errors, warnings</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Advertencia: %1</translation>
        </message>
    </context>
    <context>
        <name>archscope::PropertyEditors</name>
        <message numerus="yes">
            <source>%n point</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importar CSV…</translation>
        </message>
        <message>
            <source>Import %1 from CSV</source>
            <translation>Importar %1 desde CSV</translation>
        </message>
        <message>
            <source>Reads lines of “time in seconds,events per second”; a header line is allowed.</source>
            <translation>Lee líneas de “tiempo en segundos,eventos por segundo”; se admite una línea de encabezado.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Reset to default</source>
            <translation>Restablecer valor predeterminado</translation>
        </message>
        <message>
            <source>Reset %1 to default</source>
            <translation>Restablecer %1 al valor predeterminado</translation>
        </message>
        <message>
            <source>Range: %1 to %2</source>
            <translation>Rango: de %1 a %2</translation>
        </message>
        <message>
            <source>Default: %1</source>
            <translation>Predeterminado: %1</translation>
        </message>
        <message>
            <source>on</source>
            <translation>activado</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>Rates in %1</source>
            <translation>Tasas en %1</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>%1 is too large for a traffic series (more than %2 MB).</source>
            <translation>%1 es demasiado grande para una serie de tráfico (más de %2 MB).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Import Traffic Series</source>
            <translation>Importar serie de tráfico</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cannot Import Series</source>
            <translation>No se puede importar la serie</translation>
        </message>
    </context>
    <context>
        <name>archscope::QuestionnairePanel</name>
        <message>
            <source>Questions answered</source>
            <translation>Preguntas respondidas</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Jump to any question; answered ones are ticked.</source>
            <translation>Vaya a cualquier pregunta; las respondidas aparecen marcadas.</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Pregunta anterior</translation>
        </message>
        <message>
            <source>Previous question (Page Up)</source>
            <translation>Pregunta anterior (Re Pág)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Pregunta siguiente</translation>
        </message>
        <message>
            <source>Next question (Page Down)</source>
            <translation>Pregunta siguiente (Av Pág)</translation>
        </message>
        <message>
            <source>About this question</source>
            <translation>Acerca de esta pregunta</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <source>Skip this question</source>
            <translation>Omitir esta pregunta</translation>
        </message>
        <message>
            <source>Leave this question unanswered (0) and go to the next one. An unanswered question counts for no option and against none.</source>
            <translation>Deja esta pregunta sin responder (0) y pasa a la siguiente. Una pregunta sin responder no cuenta a favor ni en contra de ninguna opción.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Ranking&lt;/b&gt;</source>
            <translation>&lt;b&gt;Clasificación&lt;/b&gt;</translation>
        </message>
        <message>
            <source>What would change the answer</source>
            <translation>Qué cambiaría la respuesta</translation>
        </message>
        <message>
            <source>Add the recommended compute to the canvas</source>
            <translation>Añadir el cómputo recomendado al lienzo</translation>
        </message>
        <message>
            <source>Adds the leading option as a node with settings taken from your answers (memory, timeout, sizes), in one undoable step.</source>
            <translation>Añade la opción principal como nodo con la configuración tomada de sus respuestas (memoria, tiempo de espera, tamaños), en un solo paso que se puede deshacer.</translation>
        </message>
        <message>
            <source>%1 of %2 answered</source>
            <translation>%1 de %2 respondidas</translation>
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
            <translation>Pregunta %1 de %2 · criterio: %3</translation>
        </message>
        <message>
            <source>Keys: 1–%1 answer, 0 skips</source>
            <translation>Teclas: 1–%1 responden, 0 omite</translation>
        </message>
        <message>
            <source>&amp;%1  %2</source>
            <translation>&amp;%1  %2</translation>
        </message>
        <message>
            <source>rules out %1</source>
            <translation>descarta %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Neutral: no option gains or loses.</source>
            <translation>Neutral: ninguna opción gana ni pierde.</translation>
        </message>
        <message>
            <source>Answer a question to see a ranking. Every option starts at 50; each answer adds or removes points, and a hard limit rules an option out.</source>
            <translation>Responda una pregunta para ver una clasificación. Cada opción empieza con 50; cada respuesta suma o resta puntos, y un límite estricto descarta una opción.</translation>
        </message>
        <message>
            <source>&lt;b&gt;What would change the answer:&lt;/b&gt; no change of one or two answers puts %1 first.</source>
            <translation>&lt;b&gt;Qué cambiaría la respuesta:&lt;/b&gt; ningún cambio de una o dos respuestas pone primero a %1.</translation>
        </message>
        <message>
            <source>&lt;b&gt;What would change the answer:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Qué cambiaría la respuesta:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add %1 to the canvas</source>
            <translation>Añadir %1 al lienzo</translation>
        </message>
        <message>
            <source>Add to the canvas</source>
            <translation>Añadir al lienzo</translation>
        </message>
    </context>
    <context>
        <name>archscope::RankingChart</name>
        <message>
            <source>Fit</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>Fit of each compute option</source>
            <translation>Ajuste de cada opción de cómputo</translation>
        </message>
        <message>
            <source>%1 (excluded)</source>
            <translation>%1 (excluido)</translation>
        </message>
        <message>
            <source>%1 excluded</source>
            <translation>%1 excluido</translation>
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
            <translation>Clasificación con motivos</translation>
        </message>
        <message>
            <source>Each option with its fit; expand one to read the reasons for and against it.</source>
            <translation>Cada opción con su ajuste; expanda una para leer los motivos a favor y en contra.</translation>
        </message>
        <message>
            <source>Option and reasons</source>
            <translation>Opción y motivos</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>excluido</translation>
        </message>
        <message>
            <source>Chosen for:</source>
            <translation>Elegido por:</translation>
        </message>
        <message>
            <source>%1, excluded</source>
            <translation>%1, excluido</translation>
        </message>
        <message>
            <source>%1, fit %2 of 100</source>
            <translation>%1, ajuste %2 de 100</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No answer speaks for or against it yet.</source>
            <translation>Todavía ninguna respuesta habla a favor o en contra.</translation>
        </message>
    </context>
    <context>
        <name>archscope::SettingsForm</name>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Shown in the title block of exports and reports.</source>
            <translation>Se muestra en el cajetín de las exportaciones y los informes.</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>Simulación</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Prices and limits are the us-east-1 list prices.</source>
            <translation>Los precios y límites son los precios de lista de us-east-1.</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizonte</translation>
        </message>
        <message>
            <source>&amp;Horizon</source>
            <translation>&amp;Horizonte</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>The simulated time between two samples: 1 s to 1 hour. Smaller steps show short bursts and cold starts; larger steps simulate long horizons faster.</source>
            <translation>El tiempo simulado entre dos muestras: de 1 s a 1 hora. Los pasos más pequeños muestran ráfagas cortas y arranques en frío; los más grandes simulan horizontes largos más rápido.</translation>
        </message>
        <message>
            <source>&amp;Step</source>
            <translation>&amp;Paso</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Random traffic (Poisson noise) is the same for the same seed: change it to see another sample.</source>
            <translation>El tráfico aleatorio (ruido de Poisson) es el mismo para la misma semilla: cámbiela para ver otra muestra.</translation>
        </message>
        <message>
            <source>S&amp;eed</source>
            <translation>S&amp;emilla</translation>
        </message>
        <message>
            <source>Free tier</source>
            <translation>Capa gratuita</translation>
        </message>
        <message>
            <source>Subtract the monthly free tier (for Lambda: 1 million requests and 400,000 GB-seconds) from the cost.</source>
            <translation>Resta del coste la capa gratuita mensual (para Lambda: 1 millón de solicitudes y 400 000 GB-segundos).</translation>
        </message>
        <message>
            <source>Account concurrency</source>
            <translation>Simultaneidad de la cuenta</translation>
        </message>
        <message>
            <source>Concurrent Lambda executions allowed in the Region: 1,000 by default, raised on request. Functions without reserved concurrency share what is left.</source>
            <translation>Ejecuciones simultáneas de Lambda permitidas en la región: 1000 de forma predeterminada, ampliables bajo solicitud. Las funciones sin simultaneidad reservada comparten el resto.</translation>
        </message>
        <message>
            <source>Account &amp;concurrency</source>
            <translation>&amp;Simultaneidad de la cuenta</translation>
        </message>
        <message>
            <source>2023 (per function)</source>
            <translation>2023 (por función)</translation>
        </message>
        <message>
            <source>Legacy (per account)</source>
            <translation>Heredado (por cuenta)</translation>
        </message>
        <message>
            <source>Lambda scaling</source>
            <translation>Escalado de Lambda</translation>
        </message>
        <message>
            <source>How fast Lambda adds execution environments. Since November 2023 each function adds up to 1,000 every 10 seconds; before, an account had a burst of 500 to 3,000, then 500 more per minute.</source>
            <translation>Con qué rapidez añade Lambda entornos de ejecución. Desde noviembre de 2023 cada función añade hasta 1000 cada 10 segundos; antes, una cuenta tenía una ráfaga de 500 a 3000 y luego 500 más por minuto.</translation>
        </message>
        <message>
            <source>Lambda sc&amp;aling</source>
            <translation>Esc&amp;alado de Lambda</translation>
        </message>
        <message>
            <source>How much time the simulation covers: 1 hour to 31 days. Type a number of hours, or of days followed by "days".</source>
            <translation>Cuánto tiempo cubre la simulación: de 1 hora a 31 días. Escriba un número de horas, o de días seguido de «días».</translation>
        </message>
    </context>
    <context>
        <name>archscope::TimeSeriesChart</name>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>horas</translation>
        </message>
        <message>
            <source>%1
mean %2 %3 (lowest %4, highest %5) at %6</source>
            <translation>%1
media %2 %3 (mínimo %4, máximo %5) en %6</translation>
        </message>
        <message>
            <source>%1
%2 %3 at %4</source>
            <translation>%1
%2 %3 en %4</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutos</translation>
        </message>
        <message>
            <source>%1 · shaded: lowest to highest in each %2</source>
            <translation>%1 · sombreado: del mínimo al máximo en cada %2</translation>
        </message>
    </context>
    <context>
        <name>archscope::WelcomeView</name>
        <message>
            <source>Start a diagram</source>
            <translation>Empezar un diagrama</translation>
        </message>
        <message>
            <source>Drag a service from the Services list onto the canvas, or:</source>
            <translation>Arrastre un servicio de la lista «Servicios» al lienzo, o bien:</translation>
        </message>
        <message>
            <source>Open an example</source>
            <translation>Abrir un ejemplo</translation>
        </message>
        <message>
            <source>Add a service…</source>
            <translation>Añadir un servicio…</translation>
        </message>
        <message>
            <source>Start from the Compute Advisor</source>
            <translation>Empezar con el asesor de cómputo</translation>
        </message>
        <message>
            <source>A small diagram to explore, opened as an untitled copy</source>
            <translation>Un pequeño diagrama para explorar, abierto como copia sin título</translation>
        </message>
        <message>
            <source>Search the Services list; Enter adds the service to the canvas</source>
            <translation>Buscar en la lista «Servicios»; Intro añade el servicio al lienzo</translation>
        </message>
        <message>
            <source>Answer a few questions about the workload; the advisor ranks the compute services and puts its choice on the canvas</source>
            <translation>Responda unas preguntas sobre la carga de trabajo; el asesor clasifica los servicios de cómputo y coloca su elección en el lienzo</translation>
        </message>
    </context>
    <context>
        <name>archscope::WhatIfView</name>
        <message>
            <source>Cumulative cost of the same arrivals</source>
            <translation>Coste acumulado de las mismas llegadas</translation>
        </message>
        <message>
            <source>USD</source>
            <translation>USD</translation>
        </message>
        <message>
            <source>Select one compute node (Lambda, Fargate, ECS, EKS or EC2) to compare its arrivals on Lambda, Fargate and EC2.</source>
            <translation>Seleccione un nodo de cómputo (Lambda, Fargate, ECS, EKS o EC2) para comparar sus llegadas en Lambda, Fargate y EC2.</translation>
        </message>
        <message>
            <source>Monthly cost against steady request rate, with break-even rates</source>
            <translation>Coste mensual según una tasa de solicitudes constante, con tasas de equilibrio</translation>
        </message>
        <message>
            <source>Lambda totals</source>
            <translation>Totales de Lambda</translation>
        </message>
        <message>
            <source>Fargate totals</source>
            <translation>Totales de Fargate</translation>
        </message>
        <message>
            <source>EC2 totals</source>
            <translation>Totales de EC2</translation>
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
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>Nothing to compare.</source>
            <translation>Nada que comparar.</translation>
        </message>
        <message>
            <source>Not compared: %1</source>
            <translation>No comparado: %1</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 días</translation>
        </message>
        <message>
            <source>a day</source>
            <translation>un día</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation>%1 horas</translation>
        </message>
        <message>
            <source>environments</source>
            <translation>entornos</translation>
        </message>
        <message>
            <source>%1 MB, %2 ms</source>
            <translation>%1 MB, %2 ms</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>tareas</translation>
        </message>
        <message>
            <source>%1 vCPU tasks, %2 req/s each</source>
            <translation>tareas de %1 vCPU, %2 req/s cada una</translation>
        </message>
        <message>
            <source>instances</source>
            <translation>instancias</translation>
        </message>
        <message>
            <source>%1, %2 req/s each</source>
            <translation>%1, %2 req/s cada una</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 over %4 · about %5 a month&lt;br&gt;peak %6 %7</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 en %4 · unos %5 al mes&lt;br&gt;pico %6 %7</translation>
        </message>
        <message>
            <source> — cheapest</source>
            <translation> — la más barata</translation>
        </message>
        <message>
            <source> · %1 throttled</source>
            <translation> · %1 limitadas</translation>
        </message>
        <message>
            <source>Lambda costs more than Fargate above about %1 req/s</source>
            <translation>Lambda cuesta más que Fargate por encima de unas %1 req/s</translation>
        </message>
        <message>
            <source>more than EC2 above about %1 req/s</source>
            <translation>más que EC2 por encima de unas %1 req/s</translation>
        </message>
        <message>
            <source>This node averages %1 req/s.</source>
            <translation>Este nodo promedia %1 req/s.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>No break-even between 0.01 and 10,000 req/s.</source>
            <translation>No hay punto de equilibrio entre 0.01 y 10 000 req/s.</translation>
        </message>
        <message>
            <source>Monthly cost at a steady rate</source>
            <translation>Coste mensual a una tasa constante</translation>
        </message>
        <message>
            <source>requests per second (steady)</source>
            <translation>solicitudes por segundo (constante)</translation>
        </message>
        <message>
            <source>USD per month</source>
            <translation>USD al mes</translation>
        </message>
        <message>
            <source>Break-even: Fargate</source>
            <translation>Equilibrio: Fargate</translation>
        </message>
        <message>
            <source>= Fargate</source>
            <translation>= Fargate</translation>
        </message>
        <message>
            <source>Break-even: EC2</source>
            <translation>Equilibrio: EC2</translation>
        </message>
        <message>
            <source>= EC2</source>
            <translation>= EC2</translation>
        </message>
        <message>
            <source>This node (%1 req/s)</source>
            <translation>Este nodo (%1 req/s)</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>Compute</source>
            <translation>Computación</translation>
        </message>
        <message>
            <source>Networking &amp; content delivery</source>
            <translation>Redes y entrega de contenido</translation>
        </message>
        <message>
            <source>Application integration</source>
            <translation>Integración de aplicaciones</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <source>Storage &amp; databases</source>
            <translation>Almacenamiento y bases de datos</translation>
        </message>
        <message>
            <source>Management &amp; governance</source>
            <translation>Administración y gobernanza</translation>
        </message>
        <message>
            <source>Devices &amp; voice</source>
            <translation>Dispositivos y voz</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Events delivered per upstream event or per invocation. An S3 prefix filter that passes 30 % of objects is 0.3; a function that writes two items per invocation is 2.</source>
            <translation>Eventos entregados por cada evento de origen o por invocación. Un filtro de prefijo de S3 que deja pasar el 30 % de los objetos es 0.3; una función que escribe dos elementos por invocación es 2.</translation>
        </message>
        <message>
            <source>per event</source>
            <translation>por evento</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Tamaño de lote</translation>
        </message>
        <message>
            <source>Records handed to one invocation. Kinesis and DynamoDB Streams default to 100, SQS to 10. Larger batches mean fewer invocations but more work per invocation.</source>
            <translation>Registros que se entregan a una invocación. Kinesis y DynamoDB Streams usan 100 de forma predeterminada; SQS, 10. Los lotes más grandes implican menos invocaciones, pero más trabajo por invocación.</translation>
        </message>
        <message>
            <source>records</source>
            <translation>registros</translation>
        </message>
        <message>
            <source>Parallelization factor</source>
            <translation>Factor de paralelización</translation>
        </message>
        <message>
            <source>Concurrent batches per shard (1–10). Stream concurrency is at most shards × parallelization factor; order is kept per partition key.</source>
            <translation>Lotes simultáneos por fragmento (shard) (1–10). La concurrencia del flujo es como máximo fragmentos × factor de paralelización; el orden se mantiene por clave de partición.</translation>
        </message>
        <message>
            <source>per shard</source>
            <translation>por fragmento</translation>
        </message>
        <message>
            <source>Maximum concurrency</source>
            <translation>Concurrencia máxima</translation>
        </message>
        <message>
            <source>Caps how many concurrent invocations the SQS pollers may drive (2–1,000), to protect a downstream system.</source>
            <translation>Limita cuántas invocaciones simultáneas pueden generar los sondeadores de SQS (2–1,000), para proteger un sistema posterior.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
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
            <translation>Un balanceador de carga de capa 7 que enruta las solicitudes HTTP a funciones Lambda o a las instancias, tareas y pods que tiene detrás, y espera su respuesta (push síncrono).</translation>
        </message>
        <message>
            <source>An Application Load Balancer terminates HTTP and HTTPS (including WebSocket and gRPC), evaluates its listener rules (host, path, headers, query string) and forwards each request to a target group. Targets are EC2 instances, IP addresses (ECS tasks, EKS pods) or a Lambda function. The load balancer scales itself; you never choose its size.</source>
            <translation>Un Application Load Balancer termina HTTP y HTTPS (incluidos WebSocket y gRPC), evalúa sus reglas de agente de escucha (host, ruta, encabezados, cadena de consulta) y reenvía cada solicitud a un grupo de destino. Los destinos son instancias EC2, direcciones IP (tareas de ECS, pods de EKS) o una función Lambda. El balanceador de carga se escala solo; nunca se elige su tamaño.</translation>
        </message>
        <message>
            <source>Toward Lambda it is a synchronous push: the ALB invokes the function once per request and turns the function's result into the HTTP response. Request and response bodies are limited to 1 MB for Lambda targets. If the function fails, times out or is throttled, the client receives an error response; nothing is queued or retried.</source>
            <translation>Hacia Lambda es un push síncrono: el ALB invoca la función una vez por solicitud y convierte el resultado de la función en la respuesta HTTP. Los cuerpos de solicitud y respuesta están limitados a 1 MB para destinos Lambda. Si la función falla, agota su tiempo de espera o se limita (throttling), el cliente recibe una respuesta de error; nada se pone en cola ni se reintenta.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 it is the usual front end, also synchronous. ECS services, EKS (through the AWS Load Balancer Controller) and EC2 Auto Scaling groups register and deregister their targets automatically, and 'requests per target' is a natural metric for target-tracking scaling. When every target is busy, requests wait in the targets, latency grows and eventually the ALB answers 502, 503 or 504. New capacity needs a minute or more (launch, start, health checks), so keep headroom.</source>
            <translation>Hacia contenedores y EC2 es el frontal habitual, también síncrono. Los servicios de ECS, EKS (a través de AWS Load Balancer Controller) y los grupos de Auto Scaling de EC2 registran y anulan el registro de sus destinos automáticamente, y «solicitudes por destino» es una métrica natural para el escalado con seguimiento de destino. Cuando todos los destinos están ocupados, las solicitudes esperan en los destinos, la latencia aumenta y, finalmente, el ALB responde 502, 503 o 504. La nueva capacidad necesita un minuto o más (lanzamiento, inicio, comprobaciones de estado), así que conviene mantener margen.</translation>
        </message>
        <message>
            <source>A load balancer only forwards to targets: it cannot put a request into a queue, a topic or a stream. Put compute behind it and write from there.</source>
            <translation>Un balanceador de carga solo reenvía a destinos: no puede poner una solicitud en una cola, un tema o un flujo. Coloque capacidad de cómputo detrás y escriba desde allí.</translation>
        </message>
        <message>
            <source>Cost: $0.0225 per ALB-hour (about $16 a month, paid even with no traffic) plus $0.008 per LCU-hour. A load balancer capacity unit (LCU) is the largest of four dimensions: 25 new connections per second, 3,000 active connections per minute, 1 GB per hour processed for instance and IP targets (0.4 GB per hour for Lambda targets), and 1,000 rule evaluations per second. With Lambda behind it, an ALB has a fixed hourly floor where API Gateway has none: at low volume API Gateway is cheaper, at high sustained volume the ALB usually is.</source>
            <translation>Costo: $0.0225 por hora de ALB (unos $16 al mes, que se pagan incluso sin tráfico) más $0.008 por hora de LCU. Una unidad de capacidad del balanceador de carga (LCU) es la mayor de cuatro dimensiones: 25 conexiones nuevas por segundo, 3,000 conexiones activas por minuto, 1 GB por hora procesado para destinos de instancia e IP (0.4 GB por hora para destinos Lambda) y 1,000 evaluaciones de reglas por segundo. Con Lambda detrás, un ALB tiene un mínimo fijo por hora que API Gateway no tiene: con poco volumen API Gateway es más barato; con un volumen alto y sostenido, normalmente lo es el ALB.</translation>
        </message>
        <message>
            <source>The idle timeout for a connection is 60 seconds by default and can be raised to 4,000 seconds.</source>
            <translation>El tiempo de espera de inactividad de una conexión es de 60 segundos de forma predeterminada y puede aumentarse hasta 4,000 segundos.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. Los eventos que llegan por conexiones desde otros nodos se suman a estos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (pico a valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For a load balancer these are client requests.</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama (1 evento/s son unos 2.6 millones al mes). Para un balanceador de carga, son solicitudes de clientes.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico a valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa de sábado y domingo como múltiplo de la tasa de los días laborables. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Request or response body for a Lambda target</source>
            <translation>Cuerpo de solicitud o respuesta para un destino Lambda</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>MB</translation>
        </message>
        <message>
            <source>Idle timeout (default)</source>
            <translation>Tiempo de espera de inactividad (predeterminado)</translation>
        </message>
        <message>
            <source>Idle timeout (maximum)</source>
            <translation>Tiempo de espera de inactividad (máximo)</translation>
        </message>
        <message>
            <source>One LCU: new connections</source>
            <translation>Una LCU: conexiones nuevas</translation>
        </message>
        <message>
            <source>per s</source>
            <translation>por s</translation>
        </message>
        <message>
            <source>One LCU: active connections</source>
            <translation>Una LCU: conexiones activas</translation>
        </message>
        <message>
            <source>per minute</source>
            <translation>por minuto</translation>
        </message>
        <message>
            <source>One LCU: bytes processed (instance and IP targets)</source>
            <translation>Una LCU: bytes procesados (destinos de instancia e IP)</translation>
        </message>
        <message>
            <source>GB/h</source>
            <translation>GB/h</translation>
        </message>
        <message>
            <source>One LCU: bytes processed (Lambda targets)</source>
            <translation>Una LCU: bytes procesados (destinos Lambda)</translation>
        </message>
        <message>
            <source>One LCU: rule evaluations</source>
            <translation>Una LCU: evaluaciones de reglas</translation>
        </message>
        <message>
            <source>Load balancer hours</source>
            <translation>Horas de balanceador de carga</translation>
        </message>
        <message>
            <source>per ALB-hour</source>
            <translation>por hora de ALB</translation>
        </message>
        <message>
            <source>Load balancer capacity units</source>
            <translation>Unidades de capacidad del balanceador de carga</translation>
        </message>
        <message>
            <source>per LCU-hour</source>
            <translation>por hora de LCU</translation>
        </message>
        <message>
            <source>ALB-hours</source>
            <translation>horas de ALB</translation>
        </message>
        <message>
            <source>LCU-hours</source>
            <translation>horas de LCU</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
        </message>
        <message>
            <source>Load balancer</source>
            <translation>Balanceador de carga</translation>
        </message>
        <message>
            <source>load balancer</source>
            <translation>balanceador de carga</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>layer 7</source>
            <translation>capa 7</translation>
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
            <translation>Solicitudes de voz de una skill personalizada de Alexa, entregadas de forma síncrona a la función Lambda de la skill, que debe responder en un plazo de 8 segundos.</translation>
        </message>
        <message>
            <source>The Alexa Skills Kit lets you build custom skills: voice applications. Alexa does the speech recognition and works out the user's intent and its slots; your backend receives a JSON request (a launch, an intent, the end of a session) and answers with JSON that says what Alexa should speak or show.</source>
            <translation>Alexa Skills Kit permite crear skills personalizadas: aplicaciones de voz. Alexa se encarga del reconocimiento de voz y determina la intención del usuario y sus slots; su backend recibe una solicitud JSON (un inicio, una intención, el final de una sesión) y responde con JSON que indica lo que Alexa debe decir o mostrar.</translation>
        </message>
        <message>
            <source>Toward Lambda it is a synchronous push. Alexa invokes the function and waits for its answer while the user waits to hear it. Alexa gives a skill about 8 seconds, so keep the function's timeout below that and its work short; for slower work send a progressive response first. Add the skill ID to the function's trigger so that only your skill can invoke it. An error or a throttle (HTTP 429) is not retried: the user simply hears that the skill could not be reached.</source>
            <translation>Hacia Lambda es un push síncrono. Alexa invoca la función y espera su respuesta mientras el usuario espera oírla. Alexa concede a una skill unos 8 segundos, así que mantenga el tiempo de espera de la función por debajo de eso y su trabajo breve; para trabajos más lentos, envíe primero una respuesta progresiva. Añada el ID de la skill al desencadenador de la función para que solo su skill pueda invocarla. Un error o una limitación (HTTP 429) no se reintenta: el usuario simplemente oye que no se pudo acceder a la skill.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 the wire is refused on this canvas: wire the skill to a Lambda function and call the other service from there. (Alexa can also send requests to your own HTTPS web service, but then you must check the request signatures and timestamps yourself; Lambda is the usual and simplest host.)</source>
            <translation>Hacia contenedores y EC2, este lienzo rechaza la conexión: conecte la skill a una función Lambda y llame al otro servicio desde allí. (Alexa también puede enviar solicitudes a su propio servicio web HTTPS, pero entonces debe verificar usted mismo las firmas y las marcas de tiempo de las solicitudes; Lambda es el alojamiento habitual y más sencillo).</translation>
        </message>
        <message>
            <source>Voice traffic is usually light and peaky (mornings and evenings). Concurrency is still requests per second × duration. Cold starts are audible as a pause, so a skill with strict response times may want provisioned concurrency or a runtime that starts quickly.</source>
            <translation>El tráfico de voz suele ser ligero y con picos (mañanas y noches). La concurrencia sigue siendo solicitudes por segundo × duración. Los arranques en frío se oyen como una pausa, por lo que a una skill con tiempos de respuesta estrictos le puede convenir la concurrencia aprovisionada o un runtime que arranque rápido.</translation>
        </message>
        <message>
            <source>Cost: the Alexa Skills Kit itself is free, so this node has no prices. You pay for what the skill uses: Lambda requests and duration, and any store such as DynamoDB for session data. Small skills can also be Alexa-hosted, which is free within usage limits.</source>
            <translation>Costo: Alexa Skills Kit en sí es gratuito, por lo que este nodo no tiene precios. Se paga lo que usa la skill: solicitudes y duración de Lambda, y cualquier almacén, como DynamoDB para los datos de sesión. Las skills pequeñas también pueden alojarse en Alexa (Alexa-hosted), lo cual es gratuito dentro de los límites de uso.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. Los eventos que llegan por conexiones desde otros nodos se suman a estos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (pico a valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For a skill these are voice requests.</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama (1 evento/s son unos 2.6 millones al mes). Para una skill, son solicitudes de voz.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico a valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa de sábado y domingo como múltiplo de la tasa de los días laborables. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Time Alexa waits for the skill's answer</source>
            <translation>Tiempo que Alexa espera la respuesta de la skill</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Skill</translation>
        </message>
        <message>
            <source>voice</source>
            <translation>voz</translation>
        </message>
        <message>
            <source>skill</source>
            <translation>skill</translation>
        </message>
        <message>
            <source>assistant</source>
            <translation>asistente</translation>
        </message>
    </context>
    <context>
        <name>catalog:apigw</name>
        <message>
            <source>Amazon API Gateway (REST or HTTP API)</source>
            <translation>Amazon API Gateway (API REST o HTTP)</translation>
        </message>
        <message>
            <source>API Gateway</source>
            <translation>API Gateway</translation>
        </message>
        <message>
            <source>A managed HTTPS front door that authenticates, throttles and routes each request to a backend and waits for its answer (synchronous push).</source>
            <translation>Una puerta de entrada HTTPS administrada que autentica, limita y enruta cada solicitud a un backend y espera su respuesta (push síncrono).</translation>
        </message>
        <message>
            <source>API Gateway publishes HTTPS endpoints and forwards each request to a backend: a Lambda function, an HTTP service, or an AWS service called directly. It comes in two flavours. REST APIs have the most features (API keys and usage plans, request validation, response caching, per-method throttling, AWS WAF). HTTP APIs are simpler, add less latency and cost less than a third as much. On the canvas it is a source: its traffic is the client requests that arrive.</source>
            <translation>API Gateway publica puntos de conexión HTTPS y reenvía cada solicitud a un backend: una función Lambda, un servicio HTTP o un servicio de AWS al que se llama directamente. Existe en dos variantes. Las API REST tienen más funciones (claves de API y planes de uso, validación de solicitudes, almacenamiento en caché de respuestas, limitación por método, AWS WAF). Las API HTTP son más sencillas, añaden menos latencia y cuestan menos de un tercio. En el lienzo es un origen: su tráfico son las solicitudes de clientes que llegan.</translation>
        </message>
        <message>
            <source>Toward Lambda it is a synchronous push. API Gateway invokes the function and holds the client's connection until the function returns; the function's result becomes the HTTP response. Nothing is queued and nothing is retried for you: if the function fails, times out or is throttled (Lambda answers a throttled synchronous call with HTTP 429), the client receives an error straight away and must retry itself. API Gateway also has its own throttle, which answers 429 Too Many Requests.</source>
            <translation>Hacia Lambda es un push síncrono. API Gateway invoca la función y mantiene la conexión del cliente hasta que la función devuelve un resultado; ese resultado se convierte en la respuesta HTTP. Nada se pone en cola ni se reintenta automáticamente: si la función falla, agota su tiempo de espera o se limita (Lambda responde a una llamada síncrona limitada con HTTP 429), el cliente recibe un error de inmediato y debe reintentar por su cuenta. API Gateway también tiene su propia limitación, que responde 429 Too Many Requests.</translation>
        </message>
        <message>
            <source>The integration timeout is the catch. A REST API waits 29 seconds by default (Regional and private REST APIs can ask for more through a quota increase) and an HTTP API at most 30 seconds, so a function behind API Gateway cannot make use of Lambda's 15-minute timeout. For long work, accept the request, put a message in SQS or start an asynchronous job, and answer 202 Accepted at once.</source>
            <translation>El inconveniente es el tiempo de espera de integración. Una API REST espera 29 segundos de forma predeterminada (las API REST regionales y privadas pueden solicitar más mediante un aumento de cuota) y una API HTTP, como máximo 30 segundos, por lo que una función detrás de API Gateway no puede aprovechar el tiempo de espera de 15 minutos de Lambda. Para trabajos largos, acepte la solicitud, ponga un mensaje en SQS o inicie un trabajo asíncrono, y responda 202 Accepted de inmediato.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 it is also a synchronous push: an HTTP integration forwards the request to the service's endpoint. Services in private subnets are reached through a VPC link (HTTP APIs link to a private ALB, NLB or Cloud Map service; REST APIs link through a Network Load Balancer). The service has to have enough tasks or instances running for the peak: requests that find no free capacity wait and then fail.</source>
            <translation>Hacia contenedores y EC2 también es un push síncrono: una integración HTTP reenvía la solicitud al punto de conexión del servicio. A los servicios en subredes privadas se llega mediante un VPC link (las API HTTP se vinculan a un ALB, NLB o servicio de Cloud Map privado; las API REST se vinculan a través de un Network Load Balancer). El servicio debe tener suficientes tareas o instancias en ejecución para el pico: las solicitudes que no encuentran capacidad libre esperan y después fallan.</translation>
        </message>
        <message>
            <source>API Gateway can also call SQS, SNS, Kinesis, EventBridge, DynamoDB or S3 directly, with no function in between. This 'storage first' pattern answers the client quickly, buffers the work, and lets the consumers behind the queue or stream scale at their own pace. You do not need a Lambda function just to copy a request into a queue.</source>
            <translation>API Gateway también puede llamar directamente a SQS, SNS, Kinesis, EventBridge, DynamoDB o S3, sin ninguna función de por medio. Este patrón de «almacenamiento primero» responde rápido al cliente, almacena el trabajo en un búfer y permite que los consumidores detrás de la cola o el flujo escalen a su propio ritmo. No hace falta una función Lambda solo para copiar una solicitud en una cola.</translation>
        </message>
        <message>
            <source>Limits: by default an account may send 10,000 requests per second per Region (burst 5,000), shared by all its APIs; a request or response payload is at most 10 MB.</source>
            <translation>Límites: de forma predeterminada, una cuenta puede enviar 10,000 solicitudes por segundo por región (ráfaga de 5,000), compartidas por todas sus API; la carga útil de una solicitud o respuesta es como máximo de 10 MB.</translation>
        </message>
        <message>
            <source>Cost: REST APIs cost $3.50 per million requests and HTTP APIs $1.00 per million (for the first 300 million or so each month; higher volumes are cheaper). HTTP API requests are metered in 512 KB increments. Caching, data transfer and the backend are billed separately; there is no charge while no requests arrive.</source>
            <translation>Costo: las API REST cuestan $3.50 por millón de solicitudes y las API HTTP, $1.00 por millón (para aproximadamente los primeros 300 millones de cada mes; los volúmenes mayores son más baratos). Las solicitudes de API HTTP se miden en incrementos de 512 KB. La caché, la transferencia de datos y el backend se facturan por separado; no hay cargos mientras no llegan solicitudes.</translation>
        </message>
        <message>
            <source>API type</source>
            <translation>Tipo de API</translation>
        </message>
        <message>
            <source>rest: full-featured REST API, $3.50 per million requests, 29 s integration timeout by default. http: leaner HTTP API, $1.00 per million requests, up to 30 s.</source>
            <translation>rest: API REST completa, $3.50 por millón de solicitudes, tiempo de espera de integración de 29 s de forma predeterminada. http: API HTTP más ligera, $1.00 por millón de solicitudes, hasta 30 s.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. Los eventos que llegan por conexiones desde otros nodos se suman a estos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (pico a valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For an API these are client requests.</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama (1 evento/s son unos 2.6 millones al mes). Para una API, son solicitudes de clientes.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico a valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa de sábado y domingo como múltiplo de la tasa de los días laborables. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>REST API integration timeout (default)</source>
            <translation>Tiempo de espera de integración de API REST (predeterminado)</translation>
        </message>
        <message>
            <source>HTTP API integration timeout (maximum)</source>
            <translation>Tiempo de espera de integración de API HTTP (máximo)</translation>
        </message>
        <message>
            <source>Account throttle per Region</source>
            <translation>Límite de la cuenta por región</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>solicitudes/s</translation>
        </message>
        <message>
            <source>Account burst per Region</source>
            <translation>Ráfaga de la cuenta por región</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>solicitudes</translation>
        </message>
        <message>
            <source>Maximum payload</source>
            <translation>Carga útil máxima</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>MB</translation>
        </message>
        <message>
            <source>HTTP API metering increment</source>
            <translation>Incremento de medición de API HTTP</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>REST API requests</source>
            <translation>Solicitudes de API REST</translation>
        </message>
        <message>
            <source>per million requests</source>
            <translation>por millón de solicitudes</translation>
        </message>
        <message>
            <source>HTTP API requests</source>
            <translation>Solicitudes de API HTTP</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
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
            <translation>punto de conexión</translation>
        </message>
        <message>
            <source>front door</source>
            <translation>puerta de entrada</translation>
        </message>
    </context>
    <context>
        <name>catalog:config</name>
        <message>
            <source>AWS Config rule</source>
            <translation>Regla de AWS Config</translation>
        </message>
        <message>
            <source>Config</source>
            <translation>Config</translation>
        </message>
        <message>
            <source>A compliance rule that evaluates resources when their configuration changes or on a schedule; custom rules invoke a Lambda function asynchronously.</source>
            <translation>Una regla de conformidad que evalúa los recursos cuando cambia su configuración o según una programación; las reglas personalizadas invocan una función Lambda de forma asíncrona.</translation>
        </message>
        <message>
            <source>AWS Config records the configuration of your resources and how it changes over time. A Config rule checks that resources comply with the settings you want: every bucket encrypted, no security group open to SSH from anywhere. AWS provides managed rules; custom rules are either a Lambda function that does the evaluation or a policy written in Guard (no function needed).</source>
            <translation>AWS Config registra la configuración de sus recursos y cómo cambia a lo largo del tiempo. Una regla de Config comprueba que los recursos cumplan con la configuración deseada: todos los buckets cifrados, ningún grupo de seguridad abierto a SSH desde cualquier lugar. AWS proporciona reglas administradas; las reglas personalizadas son una función Lambda que realiza la evaluación o una política escrita en Guard (sin necesidad de función).</translation>
        </message>
        <message>
            <source>A rule runs when a resource in its scope changes (change-triggered), at a fixed frequency (every 1, 3, 6, 12 or 24 hours), or both. A large deployment can change many resources at once, so evaluations arrive in bursts.</source>
            <translation>Una regla se ejecuta cuando cambia un recurso dentro de su ámbito (activada por cambios), con una frecuencia fija (cada 1, 3, 6, 12 o 24 horas), o ambas. Una implementación grande puede cambiar muchos recursos a la vez, por lo que las evaluaciones llegan en ráfagas.</translation>
        </message>
        <message>
            <source>Toward Lambda it is an asynchronous push: Config invokes the custom rule's function asynchronously with the configuration item, and the function reports COMPLIANT or NON_COMPLIANT back to Config. Lambda's asynchronous rules apply (two retries, events kept up to 6 hours), which absorbs the bursts.</source>
            <translation>Hacia Lambda es un push asíncrono: Config invoca la función de la regla personalizada de forma asíncrona con el elemento de configuración, y la función informa COMPLIANT o NON_COMPLIANT a Config. Se aplican las reglas asíncronas de Lambda (dos reintentos, eventos conservados hasta 6 horas), lo que absorbe las ráfagas.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 the wire is refused: Config rules invoke only Lambda. To act on configuration and compliance changes elsewhere, Config sends its change notifications to EventBridge (and, if you configure it, to an SNS topic); route those into an SQS queue that your workers poll, or use a Lambda function.</source>
            <translation>Hacia contenedores y EC2 se rechaza la conexión: las reglas de Config solo invocan Lambda. Para actuar en otro lugar sobre los cambios de configuración y conformidad, Config envía sus notificaciones de cambios a EventBridge (y, si lo configura, a un tema de SNS); enrútelas a una cola de SQS que sondeen sus workers, o use una función Lambda.</translation>
        </message>
        <message>
            <source>Cost: $0.001 per rule evaluation for the first 100,000 evaluations per Region each month, with lower rates above that. Recording configuration items is billed separately ($0.003 per item with continuous recording), and the rule's function pays its own Lambda charges.</source>
            <translation>Costo: $0.001 por evaluación de regla para las primeras 100,000 evaluaciones por región cada mes, con tarifas más bajas a partir de ahí. El registro de elementos de configuración se factura por separado ($0.003 por elemento con registro continuo), y la función de la regla paga sus propios cargos de Lambda.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. Los eventos que llegan por conexiones desde otros nodos se suman a estos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (pico a valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For a rule these are evaluations.</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama (1 evento/s son unos 2.6 millones al mes). Para una regla, son evaluaciones.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico a valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa de sábado y domingo como múltiplo de la tasa de los días laborables. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Evaluations per Region a month at the first-tier price</source>
            <translation>Evaluaciones por región al mes al precio del primer nivel</translation>
        </message>
        <message>
            <source>evaluations</source>
            <translation>evaluaciones</translation>
        </message>
        <message>
            <source>Shortest periodic frequency</source>
            <translation>Frecuencia periódica más corta</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>Longest periodic frequency</source>
            <translation>Frecuencia periódica más larga</translation>
        </message>
        <message>
            <source>Rule evaluations (first 100,000)</source>
            <translation>Evaluaciones de reglas (primeras 100,000)</translation>
        </message>
        <message>
            <source>per rule evaluation</source>
            <translation>por evaluación de regla</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
        </message>
        <message>
            <source>Compliance rule</source>
            <translation>Regla de cumplimiento</translation>
        </message>
        <message>
            <source>compliance</source>
            <translation>cumplimiento</translation>
        </message>
        <message>
            <source>audit</source>
            <translation>auditoría</translation>
        </message>
        <message>
            <source>configuration</source>
            <translation>configuración</translation>
        </message>
    </context>
    <context>
        <name>catalog:dynamodb</name>
        <message>
            <source>Amazon DynamoDB table</source>
            <translation>Tabla de Amazon DynamoDB</translation>
        </message>
        <message>
            <source>DynamoDB</source>
            <translation>DynamoDB</translation>
        </message>
        <message>
            <source>A serverless key-value table that compute reads and writes; with its stream enabled, every item change can trigger Lambda (stream poll).</source>
            <translation>Una tabla de clave-valor sin servidor que el cómputo lee y escribe; con su flujo habilitado, cada cambio de elemento puede desencadenar Lambda (sondeo de flujo).</translation>
        </message>
        <message>
            <source>DynamoDB is a serverless key-value and document database with single-digit-millisecond reads and writes at any scale. In on-demand mode you pay per request and there is nothing to size; in provisioned mode you set read and write capacity. An item is at most 400 KB. On the canvas compute writes items into a table, and the table can be a source of events.</source>
            <translation>DynamoDB es una base de datos sin servidor de clave-valor y de documentos con lecturas y escrituras de milisegundos de un solo dígito a cualquier escala. En el modo bajo demanda se paga por solicitud y no hay nada que dimensionar; en el modo aprovisionado se establece la capacidad de lectura y escritura. Un elemento tiene como máximo 400 KB. En el lienzo, el cómputo escribe elementos en una tabla, y la tabla puede ser un origen de eventos.</translation>
        </message>
        <message>
            <source>DynamoDB Streams records every change to the table's items (insert, modify, remove: keys only, the new image, the old image, or both) in order per item, and keeps each record for 24 hours. A table's stream is off until you enable it (Stream enabled, in the inspector).</source>
            <translation>DynamoDB Streams registra cada cambio en los elementos de la tabla (inserción, modificación, eliminación: solo claves, la imagen nueva, la imagen anterior o ambas) en orden por elemento, y conserva cada registro durante 24 horas. El flujo de una tabla está desactivado hasta que lo habilita (Flujo habilitado, en el inspector).</translation>
        </message>
        <message>
            <source>Toward Lambda, with the stream enabled, it is a stream poll: Lambda polls the stream's shards and invokes the function synchronously with batches of changes (100 by default). Concurrency is at most shards × parallelization factor (1–10). DynamoDB creates and splits stream shards itself, roughly one per table partition, so the Shards setting is your estimate. No more than two readers should read a stream shard at once, so attach at most two functions to one table's stream. As with Kinesis, a failing batch blocks its shard until it succeeds or expires; use bisect-on-error, a retry limit, a maximum record age and an on-failure destination.</source>
            <translation>Hacia Lambda, con el flujo habilitado, es un sondeo de flujo: Lambda sondea los fragmentos (shards) del flujo e invoca la función de forma síncrona con lotes de cambios (100 de forma predeterminada). La concurrencia es como máximo fragmentos × factor de paralelización (1–10). DynamoDB crea y divide los fragmentos del flujo por sí mismo, aproximadamente uno por partición de la tabla, así que el ajuste de fragmentos es una estimación suya. No más de dos lectores deben leer un fragmento del flujo a la vez, así que asocie como máximo dos funciones al flujo de una tabla. Como con Kinesis, un lote que falla bloquea su fragmento hasta que se procesa correctamente o caduca; use la división del lote en caso de error (bisect-on-error), un límite de reintentos, una antigüedad máxima de registro y un destino en caso de error.</translation>
        </message>
        <message>
            <source>With the stream off, a trigger wire is refused: enable the table's stream. Toward containers and EC2 the wire is refused either way: use a Lambda function (which can forward changes to a queue), or turn on Kinesis Data Streams for DynamoDB, which copies every change into a Kinesis stream that container consumers read with the Kinesis Client Library.</source>
            <translation>Con el flujo desactivado, se rechaza una conexión de desencadenador: habilite el flujo de la tabla. Hacia contenedores y EC2 la conexión se rechaza en cualquier caso: use una función Lambda (que puede reenviar los cambios a una cola) o active Kinesis Data Streams for DynamoDB, que copia cada cambio en un flujo de Kinesis que los consumidores en contenedores leen con Kinesis Client Library.</translation>
        </message>
        <message>
            <source>Cost (on-demand): $0.625 per million write request units (one unit writes up to 1 KB) and $0.125 per million read request units (one unit is a strongly consistent read of up to 4 KB, or two eventually consistent reads), the prices since the November 2024 reduction. Reading the stream from Lambda triggers is free; other stream readers pay per read request. Storage is billed per GB-month.</source>
            <translation>Costo (bajo demanda): $0.625 por millón de unidades de solicitud de escritura (una unidad escribe hasta 1 KB) y $0.125 por millón de unidades de solicitud de lectura (una unidad es una lectura de coherencia fuerte de hasta 4 KB, o dos lecturas con coherencia final), precios vigentes desde la reducción de noviembre de 2024. Leer el flujo desde desencadenadores de Lambda es gratuito; otros lectores del flujo pagan por solicitud de lectura. El almacenamiento se factura por GB-mes.</translation>
        </message>
        <message>
            <source>Limits: a partition serves at most 3,000 read and 1,000 write units per second, so spread traffic over many partition keys; an on-demand table is limited by default to 40,000 read and 40,000 write units per second (adjustable).</source>
            <translation>Límites: una partición atiende como máximo 3,000 unidades de lectura y 1,000 de escritura por segundo, así que reparta el tráfico entre muchas claves de partición; una tabla bajo demanda está limitada de forma predeterminada a 40,000 unidades de lectura y 40,000 de escritura por segundo (ajustable).</translation>
        </message>
        <message>
            <source>Stream enabled</source>
            <translation>Flujo habilitado</translation>
        </message>
        <message>
            <source>Records every item change for 24 hours. Required for a Lambda trigger; reads by Lambda triggers are free.</source>
            <translation>Registra cada cambio de elemento durante 24 horas. Es obligatorio para un desencadenador de Lambda; las lecturas de los desencadenadores de Lambda son gratuitas.</translation>
        </message>
        <message>
            <source>Stream shards</source>
            <translation>Fragmentos del flujo</translation>
        </message>
        <message>
            <source>Your estimate of the stream's shards (DynamoDB manages them, about one per table partition). Lambda runs at most shards × parallelization factor batches at once.</source>
            <translation>Su estimación de los fragmentos (shards) del flujo (DynamoDB los administra, aproximadamente uno por partición de la tabla). Lambda ejecuta como máximo fragmentos × factor de paralelización lotes a la vez.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. Los eventos que llegan por conexiones desde otros nodos se suman a estos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (pico a valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram. Usually 0: this node is normally fed by writes wired in on the canvas. Set a rate for traffic the diagram does not show (other systems or users). For a table these are item changes (writes).</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama. Normalmente 0: este nodo suele alimentarse de escrituras conectadas en el lienzo. Establezca una tasa para el tráfico que el diagrama no muestra (otros sistemas o usuarios). Para una tabla, son cambios de elementos (escrituras).</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico a valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa de sábado y domingo como múltiplo de la tasa de los días laborables. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Maximum item size</source>
            <translation>Tamaño máximo de elemento</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Stream record retention</source>
            <translation>Retención de registros del flujo</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>Readers per stream shard at once</source>
            <translation>Lectores simultáneos por fragmento del flujo</translation>
        </message>
        <message>
            <source>Read units per partition</source>
            <translation>Unidades de lectura por partición</translation>
        </message>
        <message>
            <source>per s</source>
            <translation>por s</translation>
        </message>
        <message>
            <source>Write units per partition</source>
            <translation>Unidades de escritura por partición</translation>
        </message>
        <message>
            <source>On-demand table read throughput (default quota)</source>
            <translation>Rendimiento de lectura de tabla bajo demanda (cuota predeterminada)</translation>
        </message>
        <message>
            <source>On-demand table write throughput (default quota)</source>
            <translation>Rendimiento de escritura de tabla bajo demanda (cuota predeterminada)</translation>
        </message>
        <message>
            <source>Write request units (on-demand)</source>
            <translation>Unidades de solicitud de escritura (bajo demanda)</translation>
        </message>
        <message>
            <source>per million write request units</source>
            <translation>por millón de unidades de solicitud de escritura</translation>
        </message>
        <message>
            <source>Read request units (on-demand)</source>
            <translation>Unidades de solicitud de lectura (bajo demanda)</translation>
        </message>
        <message>
            <source>per million read request units</source>
            <translation>por millón de unidades de solicitud de lectura</translation>
        </message>
        <message>
            <source>Stream reads by Lambda triggers</source>
            <translation>Lecturas del flujo por desencadenadores de Lambda</translation>
        </message>
        <message>
            <source>free</source>
            <translation>gratis</translation>
        </message>
        <message>
            <source>write request units</source>
            <translation>unidades de solicitud de escritura</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <source>database</source>
            <translation>base de datos</translation>
        </message>
        <message>
            <source>NoSQL</source>
            <translation>NoSQL</translation>
        </message>
        <message>
            <source>key-value</source>
            <translation>clave-valor</translation>
        </message>
        <message>
            <source>table</source>
            <translation>tabla</translation>
        </message>
        <message>
            <source>streams</source>
            <translation>flujos</translation>
        </message>
    </context>
    <context>
        <name>catalog:ec2</name>
        <message>
            <source>Amazon EC2 Auto Scaling group</source>
            <translation>Grupo de Auto Scaling de Amazon EC2</translation>
        </message>
        <message>
            <source>EC2</source>
            <translation>EC2</translation>
        </message>
        <message>
            <source>Virtual machines in an Auto Scaling group: full control of the operating system and runtime, scaled in whole machines that take minutes to launch and are paid for while they run.</source>
            <translation>Máquinas virtuales en un grupo de Auto Scaling: control total del sistema operativo y del runtime, con escalado en máquinas completas que tardan minutos en lanzarse y se pagan mientras se ejecutan.</translation>
        </message>
        <message>
            <source>With virtual machines the machine is the unit of scale and the hardware is abstracted: a hypervisor runs several isolated operating systems on one physical host, and you only ever see your instance's operating system, never the hardware. Everything from the operating system up is yours: patching, runtime, agents, capacity planning.</source>
            <translation>Con las máquinas virtuales, la máquina es la unidad de escalado y el hardware se abstrae: un hipervisor ejecuta varios sistemas operativos aislados en un solo host físico, y usted solo ve el sistema operativo de su instancia, nunca el hardware. Todo, del sistema operativo hacia arriba, es responsabilidad suya: parches, runtime, agentes, planificación de capacidad.</translation>
        </message>
        <message>
            <source>Choose EC2 for control of the operating system and runtime (custom kernels, agents, licensed software), stateful applications, a large disk or memory footprint (instance types with terabytes of memory, local NVMe disks or GPUs), runs of any length (Lambda stops at 15 minutes), and lift and shift: moving existing servers to AWS unchanged, for example with AWS Application Migration Service.</source>
            <translation>Elija EC2 para controlar el sistema operativo y el runtime (kernels personalizados, agentes, software con licencia), aplicaciones con estado, grandes necesidades de disco o memoria (tipos de instancia con terabytes de memoria, discos NVMe locales o GPU), ejecuciones de cualquier duración (Lambda se detiene a los 15 minutos) y lift and shift: trasladar servidores existentes a AWS sin cambios, por ejemplo con AWS Application Migration Service.</translation>
        </message>
        <message>
            <source>An Auto Scaling group keeps between its minimum and maximum number of instances, replaces unhealthy ones, and with target tracking (CPU, ALB requests per target, or a queue's backlog per instance) adds or removes instances as load changes. A new instance takes minutes to launch, boot, start the application and pass health checks (the launch delay); meanwhile demand above the running capacity waits or fails. Availability is not built in: spread at least two instances over two Availability Zones, which is why this node starts with two.</source>
            <translation>Un grupo de Auto Scaling mantiene un número de instancias entre su mínimo y su máximo, reemplaza las que no están en buen estado y, con el seguimiento de destino (CPU, solicitudes de ALB por destino o el trabajo pendiente de una cola por instancia), agrega o quita instancias a medida que cambia la carga. Una instancia nueva tarda minutos en lanzarse, arrancar, iniciar la aplicación y superar las comprobaciones de estado (el retardo de lanzamiento); mientras tanto, la demanda que supera la capacidad en ejecución espera o falla. La disponibilidad no viene incluida: reparta al menos dos instancias en dos zonas de disponibilidad, por eso este nodo empieza con dos.</translation>
        </message>
        <message>
            <source>What can trigger EC2: containers and servers are not invoked per event the way a Lambda function is; they run all the time and either receive requests or poll for work. API Gateway and an ALB push requests synchronously (an HTTP integration; API Gateway reaches private services through a VPC link). SNS pushes asynchronously through an HTTP/S subscription. EventBridge cannot target an Auto Scaling group: send the events to an SQS queue the instances poll, or to Lambda. SQS queues and Kinesis streams are polled by your own code (queue poll, stream poll). Refused, with what to do instead: S3 (route through SNS, SQS or EventBridge), DynamoDB Streams (use Lambda, or Kinesis Data Streams for DynamoDB), Config and IoT rules (route through SQS or Kinesis), Alexa (use Lambda), OpenSearch (not an event source).</source>
            <translation>Qué puede desencadenar EC2: los contenedores y servidores no se invocan por evento como una función Lambda; se ejecutan todo el tiempo y reciben solicitudes o sondean en busca de trabajo. API Gateway y un ALB envían solicitudes de forma síncrona (una integración HTTP; API Gateway llega a los servicios privados mediante un VPC link). SNS envía de forma asíncrona mediante una suscripción HTTP/S. EventBridge no puede tener como destino un grupo de Auto Scaling: envíe los eventos a una cola de SQS que sondeen las instancias, o a Lambda. Las colas de SQS y los flujos de Kinesis los sondea su propio código (sondeo de cola, sondeo de flujo). Se rechazan, con la alternativa: S3 (enrute a través de SNS, SQS o EventBridge), DynamoDB Streams (use Lambda o Kinesis Data Streams for DynamoDB), reglas de Config e IoT (enrute a través de SQS o Kinesis), Alexa (use Lambda), OpenSearch (no es un origen de eventos).</translation>
        </message>
        <message>
            <source>Cost: you pay for idle. Linux instances bill per second, with a one-minute minimum, from launch until they stop, busy or not. On demand: t3.micro $0.0104, t3.medium $0.0416, m5.large $0.096, c5.large $0.085 and m6g.large $0.077 per hour (Graviton, about 20 % less than m5.large for the same size). Two m5.large instances all month cost about $140. Savings Plans or Reserved Instances and Spot instances cut this substantially for steady or interruptible load; EBS volumes are billed separately. t3 instances are burstable: sustained high CPU costs extra in unlimited mode.</source>
            <translation>Costo: se paga el tiempo inactivo. Las instancias Linux se facturan por segundo, con un mínimo de un minuto, desde el lanzamiento hasta que se detienen, estén ocupadas o no. Bajo demanda: t3.micro $0.0104, t3.medium $0.0416, m5.large $0.096, c5.large $0.085 y m6g.large $0.077 por hora (Graviton, alrededor de un 20 % menos que m5.large para el mismo tamaño). Dos instancias m5.large durante todo el mes cuestan unos $140. Los Savings Plans o las instancias reservadas y las instancias de spot reducen esto considerablemente para cargas estables o interrumpibles; los volúmenes de EBS se facturan por separado. Las instancias t3 son de rendimiento ampliable: un uso elevado y sostenido de CPU cuesta más en el modo ilimitado.</translation>
        </message>
        <message>
            <source>Contrast with Lambda: a function never pays for idle and needs no capacity planning, but stops at 15 minutes and 10,240 MB. EC2 is the right answer when you need the control; for everything else the managed options cost less effort.</source>
            <translation>Contraste con Lambda: una función nunca paga por el tiempo inactivo ni requiere planificación de capacidad, pero se detiene a los 15 minutos y 10,240 MB. EC2 es la respuesta adecuada cuando se necesita el control; para todo lo demás, las opciones administradas cuestan menos esfuerzo.</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>Tipo de instancia</translation>
        </message>
        <message>
            <source>t3.micro: 2 vCPU, 1 GiB (burstable); t3.medium: 2 vCPU, 4 GiB (burstable); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (compute optimised); m6g.large: 2 vCPU, 8 GiB, Graviton (needs arm64 images).</source>
            <translation>t3.micro: 2 vCPU, 1 GiB (rendimiento ampliable); t3.medium: 2 vCPU, 4 GiB (rendimiento ampliable); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (optimizada para cómputo); m6g.large: 2 vCPU, 8 GiB, Graviton (requiere imágenes arm64).</translation>
        </message>
        <message>
            <source>Minimum instances</source>
            <translation>Instancias mínimas</translation>
        </message>
        <message>
            <source>The group never scales below this; these instances are billed even when idle.</source>
            <translation>El grupo nunca escala por debajo de este valor; estas instancias se facturan incluso cuando están inactivas.</translation>
        </message>
        <message>
            <source>Maximum instances</source>
            <translation>Instancias máximas</translation>
        </message>
        <message>
            <source>The group never scales above this; demand beyond it queues or fails.</source>
            <translation>El grupo nunca escala por encima de este valor; la demanda que lo supera se pone en cola o falla.</translation>
        </message>
        <message>
            <source>Capacity per instance</source>
            <translation>Capacidad por instancia</translation>
        </message>
        <message>
            <source>Requests per second one instance serves at full utilisation (measure it with a load test).</source>
            <translation>Solicitudes por segundo que atiende una instancia con utilización completa (mídalo con una prueba de carga).</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>solicitudes/s</translation>
        </message>
        <message>
            <source>Target utilisation</source>
            <translation>Utilización objetivo</translation>
        </message>
        <message>
            <source>Target-tracking set point (0.05–1): the group adds or removes instances to keep load ÷ capacity near this value. The headroom absorbs bursts while new instances launch.</source>
            <translation>Punto de ajuste del seguimiento de destino (0.05–1): el grupo agrega o quita instancias para mantener carga ÷ capacidad cerca de este valor. El margen absorbe las ráfagas mientras se lanzan instancias nuevas.</translation>
        </message>
        <message>
            <source>Launch delay</source>
            <translation>Retardo de lanzamiento</translation>
        </message>
        <message>
            <source>Time from a scale-out decision until a new instance serves traffic (launch, boot, application start, health checks).</source>
            <translation>Tiempo desde una decisión de escalado horizontal hasta que una instancia nueva atiende tráfico (lanzamiento, arranque, inicio de la aplicación, comprobaciones de estado).</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Minimum billed time per instance launch (Linux, per-second billing)</source>
            <translation>Tiempo mínimo facturado por lanzamiento de instancia (Linux, facturación por segundo)</translation>
        </message>
        <message>
            <source>t3.micro instance (EC2 on demand)</source>
            <translation>Instancia t3.micro (EC2 bajo demanda)</translation>
        </message>
        <message>
            <source>per instance-hour</source>
            <translation>por hora de instancia</translation>
        </message>
        <message>
            <source>t3.medium instance (EC2 on demand)</source>
            <translation>Instancia t3.medium (EC2 bajo demanda)</translation>
        </message>
        <message>
            <source>m5.large instance (EC2 on demand)</source>
            <translation>Instancia m5.large (EC2 bajo demanda)</translation>
        </message>
        <message>
            <source>c5.large instance (EC2 on demand)</source>
            <translation>Instancia c5.large (EC2 bajo demanda)</translation>
        </message>
        <message>
            <source>m6g.large instance (EC2 on demand)</source>
            <translation>Instancia m6g.large (EC2 bajo demanda)</translation>
        </message>
        <message>
            <source>instances</source>
            <translation>instancias</translation>
        </message>
        <message>
            <source>instance-hours</source>
            <translation>horas de instancia</translation>
        </message>
        <message>
            <source>Time in service</source>
            <translation>Tiempo de servicio</translation>
        </message>
        <message>
            <source>Average time one request holds a slot of a task or instance. With the capacity it sets how many requests run at once (capacity × time), which decides how long requests queue at high utilization.</source>
            <translation>Tiempo medio que una solicitud ocupa un hueco de una tarea o instancia. Junto con la capacidad fija cuántas solicitudes se ejecutan a la vez (capacidad × tiempo), y eso decide cuánto esperan las solicitudes con una utilización alta.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Duration variability</source>
            <translation>Variabilidad de la duración</translation>
        </message>
        <message>
            <source>Coefficient of variation of the duration (standard deviation over mean): 0 means every request takes the same time, 1 is as variable as an exponential. Variable durations lengthen queues and the slow end of latency.</source>
            <translation>Coeficiente de variación de la duración (desviación típica entre media): 0 significa que todas las solicitudes tardan lo mismo; 1 varía como una exponencial. Las duraciones variables alargan las colas y la cola lenta de la latencia.</translation>
        </message>
        <message>
            <source>Servers</source>
            <translation>Servidores</translation>
        </message>
        <message>
            <source>virtual machine</source>
            <translation>máquina virtual</translation>
        </message>
        <message>
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <source>server</source>
            <translation>servidor</translation>
        </message>
        <message>
            <source>instance</source>
            <translation>instancia</translation>
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
            <translation>Servicio de Amazon ECS en EC2</translation>
        </message>
        <message>
            <source>ECS on EC2</source>
            <translation>ECS en EC2</translation>
        </message>
        <message>
            <source>Runs containers orchestrated by ECS on EC2 instances you own: control of the hosts, but you scale, patch and pay for the instances, busy or idle.</source>
            <translation>Ejecuta contenedores orquestados por ECS en instancias EC2 propias: control de los hosts, pero usted escala, aplica parches y paga las instancias, estén ocupadas o inactivas.</translation>
        </message>
        <message>
            <source>Containers make the application the unit of scale and abstract the operating system: images are portable between hosts and start in seconds, where a virtual machine takes minutes. With ECS on EC2 the containers run on EC2 instances of your own (container instances running the ECS agent), usually in an Auto Scaling group linked to the cluster by a capacity provider.</source>
            <translation>Los contenedores hacen de la aplicación la unidad de escalado y abstraen el sistema operativo: las imágenes son portables entre hosts y se inician en segundos, mientras que una máquina virtual tarda minutos. Con ECS en EC2, los contenedores se ejecutan en instancias EC2 propias (instancias de contenedor que ejecutan el agente de ECS), normalmente en un grupo de Auto Scaling vinculado al clúster mediante un proveedor de capacidad.</translation>
        </message>
        <message>
            <source>ECS is AWS's own container orchestrator. It places tasks on instances, keeps each service at its desired count, replaces failed tasks, and integrates with load balancers, service discovery and IAM. ECS itself costs nothing: you pay for the instances.</source>
            <translation>ECS es el orquestador de contenedores propio de AWS. Coloca las tareas en las instancias, mantiene cada servicio en su número deseado, reemplaza las tareas que fallan y se integra con balanceadores de carga, detección de servicios e IAM. ECS en sí no cuesta nada: se pagan las instancias.</translation>
        </message>
        <message>
            <source>Choose ECS for managed containers, microservices, long-running services and batch jobs (no time limit), and applications that need fine-grained access control: each task gets its own IAM role and credentials instead of sharing the instance's. Choose the EC2 launch type over Fargate when you want control of the hosts: GPU or large-memory instance types, local NVMe disks, daemon tasks, custom AMIs, or Reserved and Spot instances to cut cost. The price of that control: you patch and right-size the instances.</source>
            <translation>Elija ECS para contenedores administrados, microservicios, servicios de larga duración y trabajos por lotes (sin límite de tiempo), y aplicaciones que necesitan un control de acceso detallado: cada tarea obtiene su propio rol de IAM y sus credenciales en lugar de compartir los de la instancia. Elija el tipo de lanzamiento EC2 en lugar de Fargate cuando quiera controlar los hosts: tipos de instancia con GPU o mucha memoria, discos NVMe locales, tareas daemon, AMI personalizadas o instancias reservadas y de spot para reducir costos. El precio de ese control: usted aplica parches y ajusta el tamaño de las instancias.</translation>
        </message>
        <message>
            <source>What can trigger ECS on EC2: containers and servers are not invoked per event the way a Lambda function is; they run all the time and either receive requests or poll for work. API Gateway and an ALB push requests synchronously (an HTTP integration; API Gateway reaches private services through a VPC link). SNS pushes asynchronously through an HTTP/S subscription. EventBridge pushes asynchronously: an ECS RunTask target starts a task per event, or an API destination calls the service's HTTP endpoint. SQS queues and Kinesis streams are polled by your own code (queue poll, stream poll). Refused, with what to do instead: S3 (route through SNS, SQS or EventBridge), DynamoDB Streams (use Lambda, or Kinesis Data Streams for DynamoDB), Config and IoT rules (route through SQS or Kinesis), Alexa (use Lambda), OpenSearch (not an event source).</source>
            <translation>Qué puede desencadenar ECS en EC2: los contenedores y servidores no se invocan por evento como una función Lambda; se ejecutan todo el tiempo y reciben solicitudes o sondean en busca de trabajo. API Gateway y un ALB envían solicitudes de forma síncrona (una integración HTTP; API Gateway llega a los servicios privados mediante un VPC link). SNS envía de forma asíncrona mediante una suscripción HTTP/S. EventBridge envía de forma asíncrona: un destino RunTask de ECS inicia una tarea por evento, o un destino de API llama al punto de conexión HTTP del servicio. Las colas de SQS y los flujos de Kinesis los sondea su propio código (sondeo de cola, sondeo de flujo). Se rechazan, con la alternativa: S3 (enrute a través de SNS, SQS o EventBridge), DynamoDB Streams (use Lambda o Kinesis Data Streams for DynamoDB), reglas de Config e IoT (enrute a través de SQS o Kinesis), Alexa (use Lambda), OpenSearch (no es un origen de eventos).</translation>
        </message>
        <message>
            <source>Scaling happens in two layers: Service Auto Scaling adds tasks, and when they no longer fit, the capacity provider launches instances. Launching and registering an instance takes minutes (the launch delay), so a burst waits longer than on Fargate and far longer than on Lambda. This node models capacity in instances: each serves a number of requests per second, and the group tracks the target utilisation between its minimum and maximum. Availability comes from spreading instances over Availability Zones.</source>
            <translation>El escalado se produce en dos capas: Service Auto Scaling agrega tareas y, cuando ya no caben, el proveedor de capacidad lanza instancias. Lanzar y registrar una instancia tarda minutos (el retardo de lanzamiento), por lo que una ráfaga espera más que en Fargate y mucho más que en Lambda. Este nodo modela la capacidad en instancias: cada una atiende un número de solicitudes por segundo, y el grupo sigue la utilización objetivo entre su mínimo y su máximo. La disponibilidad se obtiene repartiendo las instancias entre zonas de disponibilidad.</translation>
        </message>
        <message>
            <source>Cost: you pay for idle. Instances bill per second (one-minute minimum, Linux) while they run, whether their containers are busy or not: t3.micro $0.0104, t3.medium $0.0416, m5.large $0.096, c5.large $0.085 and m6g.large $0.077 per hour on demand. Packing several tasks on each instance, and Savings Plans or Spot, make ECS on EC2 the cheapest container option for steady, well-utilised load.</source>
            <translation>Costo: se paga el tiempo inactivo. Las instancias se facturan por segundo (mínimo de un minuto, Linux) mientras se ejecutan, estén ocupados sus contenedores o no: t3.micro $0.0104, t3.medium $0.0416, m5.large $0.096, c5.large $0.085 y m6g.large $0.077 por hora bajo demanda. Agrupar varias tareas en cada instancia, junto con Savings Plans o instancias de spot, convierte a ECS en EC2 en la opción de contenedores más barata para cargas estables y bien aprovechadas.</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>Tipo de instancia</translation>
        </message>
        <message>
            <source>t3.micro: 2 vCPU, 1 GiB (burstable); t3.medium: 2 vCPU, 4 GiB (burstable); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (compute optimised); m6g.large: 2 vCPU, 8 GiB, Graviton (needs arm64 images).</source>
            <translation>t3.micro: 2 vCPU, 1 GiB (rendimiento ampliable); t3.medium: 2 vCPU, 4 GiB (rendimiento ampliable); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (optimizada para cómputo); m6g.large: 2 vCPU, 8 GiB, Graviton (requiere imágenes arm64).</translation>
        </message>
        <message>
            <source>Minimum instances</source>
            <translation>Instancias mínimas</translation>
        </message>
        <message>
            <source>The group never scales below this; these container instances are billed even when idle.</source>
            <translation>El grupo nunca escala por debajo de este valor; estas instancias de contenedor se facturan incluso cuando están inactivas.</translation>
        </message>
        <message>
            <source>Maximum instances</source>
            <translation>Instancias máximas</translation>
        </message>
        <message>
            <source>The group never scales above this; demand beyond it queues or fails.</source>
            <translation>El grupo nunca escala por encima de este valor; la demanda que lo supera se pone en cola o falla.</translation>
        </message>
        <message>
            <source>Capacity per instance</source>
            <translation>Capacidad por instancia</translation>
        </message>
        <message>
            <source>Requests per second one instance's tasks serve at full utilisation.</source>
            <translation>Solicitudes por segundo que atienden las tareas de una instancia con utilización completa.</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>solicitudes/s</translation>
        </message>
        <message>
            <source>Target utilisation</source>
            <translation>Utilización objetivo</translation>
        </message>
        <message>
            <source>Target-tracking set point (0.05–1): the group adds or removes instances to keep load ÷ capacity near this value. The headroom absorbs bursts while new instances launch.</source>
            <translation>Punto de ajuste del seguimiento de destino (0.05–1): el grupo agrega o quita instancias para mantener carga ÷ capacidad cerca de este valor. El margen absorbe las ráfagas mientras se lanzan instancias nuevas.</translation>
        </message>
        <message>
            <source>Launch delay</source>
            <translation>Retardo de lanzamiento</translation>
        </message>
        <message>
            <source>Time from a scale-out decision until a new instance runs tasks that serve traffic (launch, boot, register with the cluster, place tasks, health checks).</source>
            <translation>Tiempo desde una decisión de escalado horizontal hasta que una instancia nueva ejecuta tareas que atienden tráfico (lanzamiento, arranque, registro en el clúster, colocación de tareas, comprobaciones de estado).</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Minimum billed time per instance launch (Linux, per-second billing)</source>
            <translation>Tiempo mínimo facturado por lanzamiento de instancia (Linux, facturación por segundo)</translation>
        </message>
        <message>
            <source>Tasks per service</source>
            <translation>Tareas por servicio</translation>
        </message>
        <message>
            <source>Containers per task definition</source>
            <translation>Contenedores por definición de tarea</translation>
        </message>
        <message>
            <source>t3.micro instance (ECS container instance)</source>
            <translation>Instancia t3.micro (instancia de contenedor de ECS)</translation>
        </message>
        <message>
            <source>per instance-hour</source>
            <translation>por hora de instancia</translation>
        </message>
        <message>
            <source>t3.medium instance (ECS container instance)</source>
            <translation>Instancia t3.medium (instancia de contenedor de ECS)</translation>
        </message>
        <message>
            <source>m5.large instance (ECS container instance)</source>
            <translation>Instancia m5.large (instancia de contenedor de ECS)</translation>
        </message>
        <message>
            <source>c5.large instance (ECS container instance)</source>
            <translation>Instancia c5.large (instancia de contenedor de ECS)</translation>
        </message>
        <message>
            <source>m6g.large instance (ECS container instance)</source>
            <translation>Instancia m6g.large (instancia de contenedor de ECS)</translation>
        </message>
        <message>
            <source>instances</source>
            <translation>instancias</translation>
        </message>
        <message>
            <source>instance-hours</source>
            <translation>horas de instancia</translation>
        </message>
        <message>
            <source>Time in service</source>
            <translation>Tiempo de servicio</translation>
        </message>
        <message>
            <source>Average time one request holds a slot of a task or instance. With the capacity it sets how many requests run at once (capacity × time), which decides how long requests queue at high utilization.</source>
            <translation>Tiempo medio que una solicitud ocupa un hueco de una tarea o instancia. Junto con la capacidad fija cuántas solicitudes se ejecutan a la vez (capacidad × tiempo), y eso decide cuánto esperan las solicitudes con una utilización alta.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Duration variability</source>
            <translation>Variabilidad de la duración</translation>
        </message>
        <message>
            <source>Coefficient of variation of the duration (standard deviation over mean): 0 means every request takes the same time, 1 is as variable as an exponential. Variable durations lengthen queues and the slow end of latency.</source>
            <translation>Coeficiente de variación de la duración (desviación típica entre media): 0 significa que todas las solicitudes tardan lo mismo; 1 varía como una exponencial. Las duraciones variables alargan las colas y la cola lenta de la latencia.</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Contenedores</translation>
        </message>
        <message>
            <source>container</source>
            <translation>contenedor</translation>
        </message>
        <message>
            <source>Docker</source>
            <translation>Docker</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>clúster</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>tareas</translation>
        </message>
    </context>
    <context>
        <name>catalog:eks</name>
        <message>
            <source>Amazon EKS cluster workload (EC2 or Fargate nodes)</source>
            <translation>Carga de trabajo en un clúster de Amazon EKS (nodos EC2 o Fargate)</translation>
        </message>
        <message>
            <source>EKS</source>
            <translation>EKS</translation>
        </message>
        <message>
            <source>Runs Kubernetes workloads on a managed control plane ($0.10 per hour per cluster), with pods on EC2 worker nodes or on Fargate.</source>
            <translation>Ejecuta cargas de trabajo de Kubernetes en un plano de control administrado ($0.10 por hora por clúster), con pods en nodos de trabajo EC2 o en Fargate.</translation>
        </message>
        <message>
            <source>EKS is managed Kubernetes. AWS runs the control plane (the API servers and etcd) across three Availability Zones, highly available and patched for you; your workloads run as pods on worker nodes: EC2 instances (managed node groups, self-managed nodes, or nodes launched by Karpenter) or Fargate, where each pod gets its own right-sized micro-VM. EKS Auto Mode can also manage the nodes for you.</source>
            <translation>EKS es Kubernetes administrado. AWS ejecuta el plano de control (los servidores de API y etcd) en tres zonas de disponibilidad, con alta disponibilidad y con los parches aplicados por AWS; sus cargas de trabajo se ejecutan como pods en nodos de trabajo: instancias EC2 (grupos de nodos administrados, nodos autoadministrados o nodos lanzados por Karpenter) o Fargate, donde cada pod obtiene su propia micro-VM del tamaño adecuado. EKS Auto Mode también puede administrar los nodos por usted.</translation>
        </message>
        <message>
            <source>Choose EKS for Kubernetes: its standard APIs and tooling (kubectl, Helm, operators), portability between clouds and on-premises, or a team and platform already built on it. If you do not need Kubernetes, ECS is simpler. Upgrades: AWS applies control-plane patches automatically; a Kubernetes minor-version upgrade is a single call, after which you upgrade the nodes and add-ons. Each version gets 14 months of standard support and then 12 months of extended support at a higher control-plane price ($0.60 per hour); at the end of extended support EKS upgrades the control plane automatically.</source>
            <translation>Elija EKS por Kubernetes: sus API y herramientas estándar (kubectl, Helm, operadores), la portabilidad entre nubes y entornos locales, o un equipo y una plataforma ya construidos sobre él. Si no necesita Kubernetes, ECS es más sencillo. Actualizaciones: AWS aplica automáticamente los parches del plano de control; una actualización de versión secundaria de Kubernetes es una sola llamada, tras la cual usted actualiza los nodos y los complementos. Cada versión recibe 14 meses de soporte estándar y luego 12 meses de soporte extendido a un precio mayor del plano de control ($0.60 por hora); al final del soporte extendido, EKS actualiza el plano de control automáticamente.</translation>
        </message>
        <message>
            <source>Containers make the application (here the pod) the unit of scale and abstract the operating system; pods start in seconds, EC2 nodes in minutes. With EC2 nodes there are two layers of scaling: the Horizontal Pod Autoscaler (or KEDA, on a queue's depth) adds pods, and Cluster Autoscaler or Karpenter adds nodes when pods no longer fit. With Fargate nodes there are no nodes to manage, but also no GPUs, no DaemonSets and no privileged pods.</source>
            <translation>Los contenedores hacen de la aplicación (aquí, el pod) la unidad de escalado y abstraen el sistema operativo; los pods se inician en segundos, los nodos EC2 en minutos. Con nodos EC2 hay dos capas de escalado: Horizontal Pod Autoscaler (o KEDA, según la profundidad de una cola) agrega pods, y Cluster Autoscaler o Karpenter agrega nodos cuando los pods ya no caben. Con nodos Fargate no hay nodos que administrar, pero tampoco GPU, DaemonSets ni pods privilegiados.</translation>
        </message>
        <message>
            <source>What can trigger EKS: containers and servers are not invoked per event the way a Lambda function is; they run all the time and either receive requests or poll for work. API Gateway and an ALB push requests synchronously (an HTTP integration; API Gateway reaches private services through a VPC link). SNS pushes asynchronously through an HTTP/S subscription. EventBridge pushes asynchronously through an API destination that calls the service's HTTP endpoint. SQS queues and Kinesis streams are polled by your own code (queue poll, stream poll). Refused, with what to do instead: S3 (route through SNS, SQS or EventBridge), DynamoDB Streams (use Lambda, or Kinesis Data Streams for DynamoDB), Config and IoT rules (route through SQS or Kinesis), Alexa (use Lambda), OpenSearch (not an event source).</source>
            <translation>Qué puede desencadenar EKS: los contenedores y servidores no se invocan por evento como una función Lambda; se ejecutan todo el tiempo y reciben solicitudes o sondean en busca de trabajo. API Gateway y un ALB envían solicitudes de forma síncrona (una integración HTTP; API Gateway llega a los servicios privados mediante un VPC link). SNS envía de forma asíncrona mediante una suscripción HTTP/S. EventBridge envía de forma asíncrona mediante un destino de API que llama al punto de conexión HTTP del servicio. Las colas de SQS y los flujos de Kinesis los sondea su propio código (sondeo de cola, sondeo de flujo). Se rechazan, con la alternativa: S3 (enrute a través de SNS, SQS o EventBridge), DynamoDB Streams (use Lambda o Kinesis Data Streams for DynamoDB), reglas de Config e IoT (enrute a través de SQS o Kinesis), Alexa (use Lambda), OpenSearch (no es un origen de eventos).</translation>
        </message>
        <message>
            <source>This node models capacity in nodes: each serves a number of requests per second, and the group tracks the target utilisation between its minimum and maximum; a new EC2 node needs the launch delay before its pods serve traffic.</source>
            <translation>Este nodo modela la capacidad en nodos: cada uno atiende un número de solicitudes por segundo, y el grupo sigue la utilización objetivo entre su mínimo y su máximo; un nodo EC2 nuevo necesita el retardo de lanzamiento antes de que sus pods atiendan tráfico.</translation>
        </message>
        <message>
            <source>Cost: you pay for idle twice over: $0.10 per cluster-hour for the control plane (about $73 a month, whatever the load), plus the capacity. EC2 nodes cost the EC2 on-demand price per instance-hour (t3.micro $0.0104 to m5.large $0.096), billed per second while they run; Fargate pods cost $0.04048 per vCPU-hour and $0.004445 per GB-hour for the resources each pod requests.</source>
            <translation>Costo: se paga doblemente el tiempo inactivo: $0.10 por hora de clúster por el plano de control (unos $73 al mes, sea cual sea la carga), más la capacidad. Los nodos EC2 cuestan el precio bajo demanda de EC2 por hora de instancia (de t3.micro $0.0104 a m5.large $0.096), facturado por segundo mientras se ejecutan; los pods de Fargate cuestan $0.04048 por hora de vCPU y $0.004445 por hora de GB por los recursos que solicita cada pod.</translation>
        </message>
        <message>
            <source>Node type</source>
            <translation>Tipo de nodo</translation>
        </message>
        <message>
            <source>ec2: pods run on EC2 worker nodes (instance type and count below). fargate: each pod runs in its own Fargate micro-VM, billed per vCPU-hour and GB-hour, with no nodes to manage (no GPUs, DaemonSets or privileged pods).</source>
            <translation>ec2: los pods se ejecutan en nodos de trabajo EC2 (tipo y número de instancias a continuación). fargate: cada pod se ejecuta en su propia micro-VM de Fargate, facturada por hora de vCPU y hora de GB, sin nodos que administrar (sin GPU, DaemonSets ni pods privilegiados).</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>Tipo de instancia</translation>
        </message>
        <message>
            <source>t3.micro: 2 vCPU, 1 GiB (burstable); t3.medium: 2 vCPU, 4 GiB (burstable); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (compute optimised); m6g.large: 2 vCPU, 8 GiB, Graviton (needs arm64 images).</source>
            <translation>t3.micro: 2 vCPU, 1 GiB (rendimiento ampliable); t3.medium: 2 vCPU, 4 GiB (rendimiento ampliable); m5.large: 2 vCPU, 8 GiB; c5.large: 2 vCPU, 4 GiB (optimizada para cómputo); m6g.large: 2 vCPU, 8 GiB, Graviton (requiere imágenes arm64).</translation>
        </message>
        <message>
            <source>Minimum instances</source>
            <translation>Instancias mínimas</translation>
        </message>
        <message>
            <source>The group never scales below this; these worker nodes are billed even when idle.</source>
            <translation>El grupo nunca escala por debajo de este valor; estos nodos de trabajo se facturan incluso cuando están inactivos.</translation>
        </message>
        <message>
            <source>Maximum instances</source>
            <translation>Instancias máximas</translation>
        </message>
        <message>
            <source>The group never scales above this; demand beyond it queues or fails.</source>
            <translation>El grupo nunca escala por encima de este valor; la demanda que lo supera se pone en cola o falla.</translation>
        </message>
        <message>
            <source>Capacity per instance</source>
            <translation>Capacidad por instancia</translation>
        </message>
        <message>
            <source>Requests per second one node's pods serve at full utilisation.</source>
            <translation>Solicitudes por segundo que atienden los pods de un nodo con utilización completa.</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>solicitudes/s</translation>
        </message>
        <message>
            <source>Target utilisation</source>
            <translation>Utilización objetivo</translation>
        </message>
        <message>
            <source>Target-tracking set point (0.05–1): the group adds or removes instances to keep load ÷ capacity near this value. The headroom absorbs bursts while new instances launch.</source>
            <translation>Punto de ajuste del seguimiento de destino (0.05–1): el grupo agrega o quita instancias para mantener carga ÷ capacidad cerca de este valor. El margen absorbe las ráfagas mientras se lanzan instancias nuevas.</translation>
        </message>
        <message>
            <source>Launch delay</source>
            <translation>Retardo de lanzamiento</translation>
        </message>
        <message>
            <source>Time from a scale-out decision until a new node is ready and its pods serve traffic (launch, boot, join the cluster, schedule pods, health checks).</source>
            <translation>Tiempo desde una decisión de escalado horizontal hasta que un nodo nuevo está listo y sus pods atienden tráfico (lanzamiento, arranque, incorporación al clúster, programación de pods, comprobaciones de estado).</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Minimum billed time per instance launch (Linux, per-second billing)</source>
            <translation>Tiempo mínimo facturado por lanzamiento de instancia (Linux, facturación por segundo)</translation>
        </message>
        <message>
            <source>Standard support per Kubernetes version</source>
            <translation>Soporte estándar por versión de Kubernetes</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <source>Extended support per Kubernetes version</source>
            <translation>Soporte extendido por versión de Kubernetes</translation>
        </message>
        <message>
            <source>Managed node groups per cluster</source>
            <translation>Grupos de nodos administrados por clúster</translation>
        </message>
        <message>
            <source>Nodes per managed node group</source>
            <translation>Nodos por grupo de nodos administrado</translation>
        </message>
        <message>
            <source>Control plane (standard support)</source>
            <translation>Plano de control (soporte estándar)</translation>
        </message>
        <message>
            <source>per cluster-hour</source>
            <translation>por hora de clúster</translation>
        </message>
        <message>
            <source>t3.micro instance (EKS worker node)</source>
            <translation>Instancia t3.micro (nodo de trabajo de EKS)</translation>
        </message>
        <message>
            <source>per instance-hour</source>
            <translation>por hora de instancia</translation>
        </message>
        <message>
            <source>t3.medium instance (EKS worker node)</source>
            <translation>Instancia t3.medium (nodo de trabajo de EKS)</translation>
        </message>
        <message>
            <source>m5.large instance (EKS worker node)</source>
            <translation>Instancia m5.large (nodo de trabajo de EKS)</translation>
        </message>
        <message>
            <source>c5.large instance (EKS worker node)</source>
            <translation>Instancia c5.large (nodo de trabajo de EKS)</translation>
        </message>
        <message>
            <source>m6g.large instance (EKS worker node)</source>
            <translation>Instancia m6g.large (nodo de trabajo de EKS)</translation>
        </message>
        <message>
            <source>Fargate pod vCPU (x86)</source>
            <translation>vCPU de pod de Fargate (x86)</translation>
        </message>
        <message>
            <source>per vCPU-hour</source>
            <translation>por hora de vCPU</translation>
        </message>
        <message>
            <source>Fargate pod memory (x86)</source>
            <translation>Memoria de pod de Fargate (x86)</translation>
        </message>
        <message>
            <source>per GB-hour</source>
            <translation>por hora de GB</translation>
        </message>
        <message>
            <source>instances</source>
            <translation>instancias</translation>
        </message>
        <message>
            <source>vCPU-hours</source>
            <translation>horas de vCPU</translation>
        </message>
        <message>
            <source>GB-hours</source>
            <translation>horas de GB</translation>
        </message>
        <message>
            <source>instance-hours</source>
            <translation>horas de instancia</translation>
        </message>
        <message>
            <source>cluster-hours</source>
            <translation>horas de clúster</translation>
        </message>
        <message>
            <source>Time in service</source>
            <translation>Tiempo de servicio</translation>
        </message>
        <message>
            <source>Average time one request holds a slot of a task or instance. With the capacity it sets how many requests run at once (capacity × time), which decides how long requests queue at high utilization.</source>
            <translation>Tiempo medio que una solicitud ocupa un hueco de una tarea o instancia. Junto con la capacidad fija cuántas solicitudes se ejecutan a la vez (capacidad × tiempo), y eso decide cuánto esperan las solicitudes con una utilización alta.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Duration variability</source>
            <translation>Variabilidad de la duración</translation>
        </message>
        <message>
            <source>Coefficient of variation of the duration (standard deviation over mean): 0 means every request takes the same time, 1 is as variable as an exponential. Variable durations lengthen queues and the slow end of latency.</source>
            <translation>Coeficiente de variación de la duración (desviación típica entre media): 0 significa que todas las solicitudes tardan lo mismo; 1 varía como una exponencial. Las duraciones variables alargan las colas y la cola lenta de la latencia.</translation>
        </message>
        <message>
            <source>Kubernetes workload</source>
            <translation>Carga de Kubernetes</translation>
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
            <translation>contenedor</translation>
        </message>
        <message>
            <source>pods</source>
            <translation>pods</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>clúster</translation>
        </message>
    </context>
    <context>
        <name>catalog:eventbridge</name>
        <message>
            <source>Amazon EventBridge (CloudWatch Events) rule or schedule</source>
            <translation>Regla o programación de Amazon EventBridge (CloudWatch Events)</translation>
        </message>
        <message>
            <source>EventBridge</source>
            <translation>EventBridge</translation>
        </message>
        <message>
            <source>An event bus whose rules route matching events, or fire on a schedule, to targets such as Lambda, ECS tasks, queues and HTTP endpoints (asynchronous push).</source>
            <translation>Un bus de eventos cuyas reglas enrutan los eventos coincidentes, o se activan según una programación, hacia destinos como Lambda, tareas de ECS, colas y puntos de conexión HTTP (push asíncrono).</translation>
        </message>
        <message>
            <source>EventBridge is a serverless event bus and the successor of CloudWatch Events (the same service and API underneath). Events arrive on a bus: the default bus receives events from AWS services, custom and partner buses receive your applications' and SaaS events. A rule with an event pattern routes each matching event to up to five targets. A rule can instead fire on a schedule (a cron or rate expression, at most once a minute); EventBridge Scheduler is the newer service for schedules, with one-time schedules and time zones.</source>
            <translation>EventBridge es un bus de eventos sin servidor y el sucesor de CloudWatch Events (el mismo servicio y la misma API por debajo). Los eventos llegan a un bus: el bus predeterminado recibe eventos de los servicios de AWS; los buses personalizados y de socios reciben los eventos de sus aplicaciones y de SaaS. Una regla con un patrón de eventos enruta cada evento coincidente a un máximo de cinco destinos. En su lugar, una regla puede activarse según una programación (una expresión cron o rate, como máximo una vez por minuto); EventBridge Scheduler es el servicio más reciente para programaciones, con programaciones únicas y zonas horarias.</translation>
        </message>
        <message>
            <source>Toward Lambda it is an asynchronous push. The function is invoked asynchronously, so Lambda's rules apply: two retries on failure, events kept up to 6 hours, a failure destination for what still fails. EventBridge also retries deliveries it cannot complete, for up to 24 hours and 185 attempts by default; give the target a dead-letter queue (SQS) to keep the events it finally gives up on.</source>
            <translation>Hacia Lambda es un push asíncrono. La función se invoca de forma asíncrona, así que se aplican las reglas de Lambda: dos reintentos en caso de error, eventos conservados hasta 6 horas y un destino en caso de error para lo que siga fallando. EventBridge también reintenta las entregas que no puede completar, durante un máximo de 24 horas y 185 intentos de forma predeterminada; asigne al destino una cola de mensajes fallidos (SQS) para conservar los eventos que finalmente descarta.</translation>
        </message>
        <message>
            <source>Toward containers it is also an asynchronous push. An ECS RunTask target starts a new task (on EC2 or Fargate) for each matching event: good for jobs, poor for high rates, because every event waits for a task to start. An API destination calls an HTTP endpoint (a service on ECS, EKS or EC2 behind a load balancer) at a rate you limit. An EC2 Auto Scaling group is not a target: send the events to an SQS queue that the instances poll, or to Lambda.</source>
            <translation>Hacia contenedores también es un push asíncrono. Un destino RunTask de ECS inicia una tarea nueva (en EC2 o Fargate) por cada evento coincidente: adecuado para trabajos, poco adecuado para tasas altas, porque cada evento espera a que se inicie una tarea. Un destino de API llama a un punto de conexión HTTP (un servicio en ECS, EKS o EC2 detrás de un balanceador de carga) a una tasa que usted limita. Un grupo de Auto Scaling de EC2 no es un destino: envíe los eventos a una cola de SQS que sondeen las instancias, o a Lambda.</translation>
        </message>
        <message>
            <source>Schedules replace the cron server: a rule that invokes a function every five minutes costs nothing while it waits, where a server kept up for cron is paid for all the time.</source>
            <translation>Las programaciones sustituyen al servidor de cron: una regla que invoca una función cada cinco minutos no cuesta nada mientras espera, mientras que un servidor mantenido en marcha para cron se paga todo el tiempo.</translation>
        </message>
        <message>
            <source>Limits: an event entry is at most 256 KB; a rule has at most 5 targets; a bus has 300 rules by default; PutEvents accepts about 10,000 events per second in us-east-1 by default.</source>
            <translation>Límites: una entrada de evento tiene como máximo 256 KB; una regla tiene como máximo 5 destinos; un bus tiene 300 reglas de forma predeterminada; PutEvents acepta unos 10,000 eventos por segundo en us-east-1 de forma predeterminada.</translation>
        </message>
        <message>
            <source>Cost: custom, partner and cross-account events cost $1.00 per million (each 64 KB counts as one event); events that AWS services put on the default bus are free. EventBridge Scheduler charges $1.00 per million invocations after 14 million free a month. This node prices its events as custom events.</source>
            <translation>Costo: los eventos personalizados, de socios y entre cuentas cuestan $1.00 por millón (cada 64 KB cuenta como un evento); los eventos que los servicios de AWS ponen en el bus predeterminado son gratuitos. EventBridge Scheduler cobra $1.00 por millón de invocaciones después de 14 millones gratuitas al mes. Este nodo calcula el precio de sus eventos como eventos personalizados.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. Los eventos que llegan por conexiones desde otros nodos se suman a estos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (pico a valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For a rule these are matching events, or schedule firings (a schedule every 5 minutes is 0.00333 events/s).</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama (1 evento/s son unos 2.6 millones al mes). Para una regla, son eventos coincidentes o activaciones de la programación (una programación cada 5 minutos equivale a 0.00333 eventos/s).</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico a valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa de sábado y domingo como múltiplo de la tasa de los días laborables. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Maximum event entry</source>
            <translation>Entrada de evento máxima</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Targets per rule</source>
            <translation>Destinos por regla</translation>
        </message>
        <message>
            <source>Rules per event bus (default quota)</source>
            <translation>Reglas por bus de eventos (cuota predeterminada)</translation>
        </message>
        <message>
            <source>PutEvents per second, us-east-1 (default quota)</source>
            <translation>PutEvents por segundo, us-east-1 (cuota predeterminada)</translation>
        </message>
        <message>
            <source>Target retry maximum event age</source>
            <translation>Antigüedad máxima del evento en los reintentos al destino</translation>
        </message>
        <message>
            <source>Target retry attempts (default)</source>
            <translation>Intentos de reintento al destino (predeterminado)</translation>
        </message>
        <message>
            <source>Shortest schedule interval</source>
            <translation>Intervalo de programación más corto</translation>
        </message>
        <message>
            <source>Custom events</source>
            <translation>Eventos personalizados</translation>
        </message>
        <message>
            <source>per million events</source>
            <translation>por millón de eventos</translation>
        </message>
        <message>
            <source>events</source>
            <translation>eventos</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>event bus</source>
            <translation>bus de eventos</translation>
        </message>
        <message>
            <source>schedule</source>
            <translation>programación</translation>
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
            <translation>Recurso externo</translation>
        </message>
        <message>
            <source>External</source>
            <translation>Externo</translation>
        </message>
        <message>
            <source>A resource Archscope has no kind for, kept from an import so nothing is dropped; it shows its resource type and passes events on without cost.</source>
            <translation>Un recurso para el que Archscope no tiene un tipo, conservado de una importación para que no se pierda nada; muestra su tipo de recurso y pasa los eventos sin coste.</translation>
        </message>
        <message>
            <source>An external node stands for a resource Archscope does not model: a Step Functions state machine, a Kafka cluster, a log group, a Glue job, anything else a template or a Terraform plan holds. An import creates one for every such resource, so no resource is dropped in silence; the node shows the resource's type under its label.</source>
            <translation>Un nodo externo representa un recurso que Archscope no modela: una máquina de estados de Step Functions, un clúster de Kafka, un grupo de registros, un trabajo de Glue o cualquier otra cosa que contenga una plantilla o un plan de Terraform. Una importación crea uno para cada recurso de ese tipo, de modo que ningún recurso se descarta en silencio; el nodo muestra el tipo del recurso bajo su etiqueta.</translation>
        </message>
        <message>
            <source>It takes and gives any wire the template describes. Compute writes to it; it triggers what the template says it invokes, with the invocation model in its settings (synchronous, asynchronous, stream poll or queue poll). The wiring rules that refuse impossible wires between known services do not judge it, because Archscope cannot know what it accepts.</source>
            <translation>Acepta y emite cualquier conexión que describa la plantilla. El cómputo escribe en él; activa lo que la plantilla dice que invoca, con el modelo de invocación de sus ajustes (síncrono, asíncrono, sondeo de flujo o sondeo de cola). Las reglas de conexión que rechazan conexiones imposibles entre servicios conocidos no lo juzgan, porque Archscope no puede saber qué acepta.</translation>
        </message>
        <message>
            <source>The simulator gives it no capacity, no throttling and no cost of its own: events that reach it are passed on along its wires unchanged, like a relay. A chain through it (an API calling a state machine that calls a function) still carries load to what follows, and nothing is charged for the resource itself.</source>
            <translation>El simulador no le da capacidad, limitación ni coste propios: los eventos que le llegan pasan sin cambios por sus conexiones, como en un relé. Una cadena a través de él (una API que llama a una máquina de estados que llama a una función) sigue llevando carga a lo que viene después, y el recurso en sí no se cobra.</translation>
        </message>
        <message>
            <source>When it is where events come from (a Kafka cluster or an Amazon MQ broker polled by a function, a log group with a subscription), give it a traffic rate like any source. For a stream, set its shards or partitions: a function polling it runs at most shards × parallelization factor batches at once.</source>
            <translation>Cuando es el origen de los eventos (un clúster de Kafka o un broker de Amazon MQ sondeado por una función, un grupo de registros con una suscripción), dele una tasa de tráfico como a cualquier origen. Para un flujo, indique sus shards o particiones: una función que lo sondea ejecuta como máximo shards × factor de paralelización lotes a la vez.</translation>
        </message>
        <message>
            <source>Exports draw it as a plain box with its resource type. The SAM export leaves it out and lists it under Archscope::NotGenerated, since SAM cannot describe what Archscope does not know.</source>
            <translation>Las exportaciones lo dibujan como un simple recuadro con su tipo de recurso. La exportación SAM lo omite y lo enumera bajo Archscope::NotGenerated, ya que SAM no puede describir lo que Archscope no conoce.</translation>
        </message>
        <message>
            <source>Resource type</source>
            <translation>Tipo de recurso</translation>
        </message>
        <message>
            <source>The resource's type as the import found it, such as AWS::StepFunctions::StateMachine or aws_sfn_state_machine.</source>
            <translation>El tipo del recurso tal como lo encontró la importación, por ejemplo AWS::StepFunctions::StateMachine o aws_sfn_state_machine.</translation>
        </message>
        <message>
            <source>Invokes targets</source>
            <translation>Invoca destinos</translation>
        </message>
        <message>
            <source>How this resource delivers events over its trigger wires: sync (waits for the answer), async (pushes and moves on), stream (polled by shard) or queue (polled by batch).</source>
            <translation>Cómo entrega este recurso los eventos por sus conexiones de activación: sync (espera la respuesta), async (envía y sigue), stream (sondeado por shard) o queue (sondeado por lotes).</translation>
        </message>
        <message>
            <source>Shards or partitions</source>
            <translation>Shards o particiones</translation>
        </message>
        <message>
            <source>For a stream: its shards or partitions. A function polling it runs at most this many batches at once, times the wire's parallelization factor.</source>
            <translation>Para un flujo: sus shards o particiones. Una función que lo sondea ejecuta como máximo esta cantidad de lotes a la vez, multiplicada por el factor de paralelización de la conexión.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. Los eventos que llegan por conexiones desde otros nodos se suman a estos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (pico a valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second this resource sends into the diagram. Usually 0: an imported resource carries no traffic. Set a rate when it is where events come from (a Kafka cluster, a log group, a state machine).</source>
            <translation>Eventos medios por segundo que este recurso envía al diagrama. Normalmente 0: un recurso importado no trae tráfico. Indique una tasa cuando sea el origen de los eventos (un clúster de Kafka, un grupo de registros, una máquina de estados).</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>none: arrivals follow the profile exactly. poisson: arrivals are random around the profile, as with many independent clients; short peaks then exceed the mean.</source>
            <translation>none: las llegadas siguen el perfil exactamente. poisson: las llegadas son aleatorias en torno al perfil, como ocurre con muchos clientes independientes; así, los picos breves superan la media.</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico a valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa de sábado y domingo como múltiplo de la tasa de los días laborables. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otro</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importado</translation>
        </message>
    </context>
    <context>
        <name>catalog:fargate</name>
        <message>
            <source>Amazon ECS service on AWS Fargate</source>
            <translation>Servicio de Amazon ECS en AWS Fargate</translation>
        </message>
        <message>
            <source>Fargate</source>
            <translation>Fargate</translation>
        </message>
        <message>
            <source>Runs containers without servers or clusters to manage: you declare CPU, memory, networking and IAM per task, and pay per second for the tasks that run, busy or idle.</source>
            <translation>Ejecuta contenedores sin servidores ni clústeres que administrar: se declaran la CPU, la memoria, las redes y el IAM de cada tarea, y se paga por segundo por las tareas que se ejecutan, estén ocupadas o inactivas.</translation>
        </message>
        <message>
            <source>Containers make the application the unit of scale and abstract the operating system: an image runs the same on a laptop and on any host, and a container starts in seconds where a virtual machine takes minutes. Fargate goes one step further: there are no servers or clusters of VMs to provision, patch or scale. You describe a task (one or more containers) with its CPU and memory, its networking (each task gets its own network interface) and its IAM task role, and AWS finds the capacity to run it.</source>
            <translation>Los contenedores hacen de la aplicación la unidad de escalado y abstraen el sistema operativo: una imagen se ejecuta igual en un portátil que en cualquier host, y un contenedor se inicia en segundos, mientras que una máquina virtual tarda minutos. Fargate va un paso más allá: no hay servidores ni clústeres de máquinas virtuales que aprovisionar, parchear ni escalar. Usted describe una tarea (uno o varios contenedores) con su CPU y memoria, sus redes (cada tarea obtiene su propia interfaz de red) y su rol de IAM de tarea, y AWS encuentra la capacidad para ejecutarla.</translation>
        </message>
        <message>
            <source>Choose Fargate for containers without managing servers: microservices and APIs, queue workers, and long-running or batch jobs of any length (there is no 15-minute limit). It suits steady or moderately bursty traffic and applications that are already containerised. It does not fit workloads that need a GPU (Fargate has none: use ECS or EKS on EC2 GPU instances), access to the host or privileged containers, or more than 16 vCPUs and 120 GB of memory per task.</source>
            <translation>Elija Fargate para contenedores sin administrar servidores: microservicios y API, workers de colas, y trabajos de larga duración o por lotes de cualquier duración (no hay límite de 15 minutos). Se adapta a tráfico estable o con ráfagas moderadas y a aplicaciones que ya están en contenedores. No es adecuado para cargas de trabajo que necesitan una GPU (Fargate no tiene: use ECS o EKS en instancias EC2 con GPU), acceso al host o contenedores privilegiados, ni más de 16 vCPU y 120 GB de memoria por tarea.</translation>
        </message>
        <message>
            <source>Fargate runs both ECS tasks and EKS pods today (the old notes say 'EKS coming soon'; EKS support arrived in December 2019). This node is an ECS service on Fargate; for Kubernetes pods on Fargate use the EKS node with the Fargate node type. Fargate Spot runs interruptible ECS tasks at a discount of up to 70 %.</source>
            <translation>Hoy Fargate ejecuta tanto tareas de ECS como pods de EKS (las notas antiguas dicen 'EKS coming soon'; la compatibilidad con EKS llegó en diciembre de 2019). Este nodo es un servicio de ECS en Fargate; para pods de Kubernetes en Fargate, use el nodo EKS con el tipo de nodo Fargate. Fargate Spot ejecuta tareas de ECS interrumpibles con un descuento de hasta el 70 %.</translation>
        </message>
        <message>
            <source>What can trigger Fargate: containers and servers are not invoked per event the way a Lambda function is; they run all the time and either receive requests or poll for work. API Gateway and an ALB push requests synchronously (an HTTP integration; API Gateway reaches private services through a VPC link). SNS pushes asynchronously through an HTTP/S subscription. EventBridge pushes asynchronously: an ECS RunTask target starts a task per event, or an API destination calls the service's HTTP endpoint. SQS queues and Kinesis streams are polled by your own code (queue poll, stream poll). Refused, with what to do instead: S3 (route through SNS, SQS or EventBridge), DynamoDB Streams (use Lambda, or Kinesis Data Streams for DynamoDB), Config and IoT rules (route through SQS or Kinesis), Alexa (use Lambda), OpenSearch (not an event source).</source>
            <translation>Qué puede desencadenar Fargate: los contenedores y servidores no se invocan por evento como una función Lambda; se ejecutan todo el tiempo y reciben solicitudes o sondean en busca de trabajo. API Gateway y un ALB envían solicitudes de forma síncrona (una integración HTTP; API Gateway llega a los servicios privados mediante un VPC link). SNS envía de forma asíncrona mediante una suscripción HTTP/S. EventBridge envía de forma asíncrona: un destino RunTask de ECS inicia una tarea por evento, o un destino de API llama al punto de conexión HTTP del servicio. Las colas de SQS y los flujos de Kinesis los sondea su propio código (sondeo de cola, sondeo de flujo). Se rechazan, con la alternativa: S3 (enrute a través de SNS, SQS o EventBridge), DynamoDB Streams (use Lambda o Kinesis Data Streams for DynamoDB), reglas de Config e IoT (enrute a través de SQS o Kinesis), Alexa (use Lambda), OpenSearch (no es un origen de eventos).</translation>
        </message>
        <message>
            <source>Scaling: an ECS service keeps a desired number of tasks, and Service Auto Scaling moves it between the minimum and maximum with target tracking (CPU, memory, ALB requests per target, or a queue's backlog per task). Here the tasks needed are demand ÷ (capacity per task × target utilisation). A new task must pull its image and start, typically from about 30 seconds to a couple of minutes, so demand above the running capacity waits in queues or fails until the scale-out delay has passed; availability across Availability Zones comes from spreading the tasks, which ECS does for you.</source>
            <translation>Escalado: un servicio de ECS mantiene un número deseado de tareas, y Service Auto Scaling lo mueve entre el mínimo y el máximo con seguimiento de destino (CPU, memoria, solicitudes de ALB por destino o el trabajo pendiente de una cola por tarea). Aquí, las tareas necesarias son demanda ÷ (capacidad por tarea × utilización objetivo). Una tarea nueva debe descargar su imagen e iniciarse, normalmente entre unos 30 segundos y un par de minutos, por lo que la demanda que supera la capacidad en ejecución espera en colas o falla hasta que transcurre el retardo de escalado; la disponibilidad entre zonas de disponibilidad se obtiene repartiendo las tareas, algo que ECS hace por usted.</translation>
        </message>
        <message>
            <source>Cost: you pay for idle. Billing is per second, with a one-minute minimum, for the vCPU and memory of every running task, whether it serves requests or not: $0.04048 per vCPU-hour and $0.004445 per GB-hour on x86, $0.03238 and $0.00356 on Arm (Graviton, about 20 % less). One task of 0.5 vCPU and 1 GB on x86 costs about $18 a month. Compare Lambda, which never charges for idle but charges more per unit of busy time: steady, well-utilised load favours Fargate, spiky or mostly idle load favours Lambda.</source>
            <translation>Costo: se paga el tiempo inactivo. La facturación es por segundo, con un mínimo de un minuto, por la vCPU y la memoria de cada tarea en ejecución, atienda solicitudes o no: $0.04048 por hora de vCPU y $0.004445 por hora de GB en x86, $0.03238 y $0.00356 en Arm (Graviton, alrededor de un 20 % menos). Una tarea de 0.5 vCPU y 1 GB en x86 cuesta unos $18 al mes. Compare con Lambda, que nunca cobra por el tiempo inactivo pero cobra más por unidad de tiempo ocupado: una carga estable y bien aprovechada favorece a Fargate; una carga con picos o mayormente inactiva favorece a Lambda.</translation>
        </message>
        <message>
            <source>vCPU per task</source>
            <translation>vCPU por tarea</translation>
        </message>
        <message>
            <source>0.25–16 vCPU. Memory must match: 0.25 vCPU with 0.5–2 GB, 0.5 with 1–4 GB, 1 with 2–8 GB, 2 with 4–16 GB, 4 with 8–30 GB, 8 with 16–60 GB, 16 with 32–120 GB.</source>
            <translation>0.25–16 vCPU. La memoria debe corresponderse: 0.25 vCPU con 0.5–2 GB, 0.5 con 1–4 GB, 1 con 2–8 GB, 2 con 4–16 GB, 4 con 8–30 GB, 8 con 16–60 GB, 16 con 32–120 GB.</translation>
        </message>
        <message>
            <source>vCPU</source>
            <translation>vCPU</translation>
        </message>
        <message>
            <source>Memory per task</source>
            <translation>Memoria por tarea</translation>
        </message>
        <message>
            <source>0.5–120 GB, within the range allowed for the task's vCPU.</source>
            <translation>0.5–120 GB, dentro del rango permitido para la vCPU de la tarea.</translation>
        </message>
        <message>
            <source>GB</source>
            <translation>GB</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Arquitectura</translation>
        </message>
        <message>
            <source>arm64 (Graviton) costs about 20 % less per vCPU-hour and GB-hour; it needs arm64 images.</source>
            <translation>arm64 (Graviton) cuesta alrededor de un 20 % menos por hora de vCPU y hora de GB; requiere imágenes arm64.</translation>
        </message>
        <message>
            <source>Minimum tasks</source>
            <translation>Tareas mínimas</translation>
        </message>
        <message>
            <source>The service never scales below this; these tasks are billed even when idle. 0 lets it scale to zero (the first request then waits for a task to start).</source>
            <translation>El servicio nunca escala por debajo de este valor; estas tareas se facturan incluso cuando están inactivas. 0 permite escalar a cero (la primera solicitud espera entonces a que se inicie una tarea).</translation>
        </message>
        <message>
            <source>Maximum tasks</source>
            <translation>Tareas máximas</translation>
        </message>
        <message>
            <source>The service never scales above this; demand beyond it queues or fails.</source>
            <translation>El servicio nunca escala por encima de este valor; la demanda que lo supera se pone en cola o falla.</translation>
        </message>
        <message>
            <source>Capacity per task</source>
            <translation>Capacidad por tarea</translation>
        </message>
        <message>
            <source>Requests per second one task serves at full utilisation (measure it with a load test).</source>
            <translation>Solicitudes por segundo que atiende una tarea con utilización completa (mídalo con una prueba de carga).</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>solicitudes/s</translation>
        </message>
        <message>
            <source>Target utilisation</source>
            <translation>Utilización objetivo</translation>
        </message>
        <message>
            <source>Target-tracking set point (0.05–1): the service adds or removes tasks to keep load ÷ capacity near this value. The headroom absorbs bursts while new tasks start.</source>
            <translation>Punto de ajuste del seguimiento de destino (0.05–1): el servicio agrega o quita tareas para mantener carga ÷ capacidad cerca de este valor. El margen absorbe las ráfagas mientras se inician tareas nuevas.</translation>
        </message>
        <message>
            <source>Scale-out delay</source>
            <translation>Retardo de escalado</translation>
        </message>
        <message>
            <source>Time from a scale-out decision until a new task serves traffic (alarm, image pull, start, health checks).</source>
            <translation>Tiempo desde una decisión de escalado horizontal hasta que una tarea nueva atiende tráfico (alarma, descarga de la imagen, inicio, comprobaciones de estado).</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Maximum vCPU per task</source>
            <translation>vCPU máxima por tarea</translation>
        </message>
        <message>
            <source>Maximum memory per task</source>
            <translation>Memoria máxima por tarea</translation>
        </message>
        <message>
            <source>Ephemeral storage included</source>
            <translation>Almacenamiento efímero incluido</translation>
        </message>
        <message>
            <source>Ephemeral storage (maximum)</source>
            <translation>Almacenamiento efímero (máximo)</translation>
        </message>
        <message>
            <source>Minimum billed time per task</source>
            <translation>Tiempo mínimo facturado por tarea</translation>
        </message>
        <message>
            <source>vCPU (x86)</source>
            <translation>vCPU (x86)</translation>
        </message>
        <message>
            <source>per vCPU-hour</source>
            <translation>por hora de vCPU</translation>
        </message>
        <message>
            <source>Memory (x86)</source>
            <translation>Memoria (x86)</translation>
        </message>
        <message>
            <source>per GB-hour</source>
            <translation>por hora de GB</translation>
        </message>
        <message>
            <source>vCPU (Arm)</source>
            <translation>vCPU (Arm)</translation>
        </message>
        <message>
            <source>Memory (Arm)</source>
            <translation>Memoria (Arm)</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>tareas</translation>
        </message>
        <message>
            <source>vCPU-hours</source>
            <translation>horas de vCPU</translation>
        </message>
        <message>
            <source>GB-hours</source>
            <translation>horas de GB</translation>
        </message>
        <message>
            <source>Time in service</source>
            <translation>Tiempo de servicio</translation>
        </message>
        <message>
            <source>Average time one request holds a slot of a task or instance. With the capacity it sets how many requests run at once (capacity × time), which decides how long requests queue at high utilization.</source>
            <translation>Tiempo medio que una solicitud ocupa un hueco de una tarea o instancia. Junto con la capacidad fija cuántas solicitudes se ejecutan a la vez (capacidad × tiempo), y eso decide cuánto esperan las solicitudes con una utilización alta.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Duration variability</source>
            <translation>Variabilidad de la duración</translation>
        </message>
        <message>
            <source>Coefficient of variation of the duration (standard deviation over mean): 0 means every request takes the same time, 1 is as variable as an exponential. Variable durations lengthen queues and the slow end of latency.</source>
            <translation>Coeficiente de variación de la duración (desviación típica entre media): 0 significa que todas las solicitudes tardan lo mismo; 1 varía como una exponencial. Las duraciones variables alargan las colas y la cola lenta de la latencia.</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Contenedores</translation>
        </message>
        <message>
            <source>container</source>
            <translation>contenedor</translation>
        </message>
        <message>
            <source>Docker</source>
            <translation>Docker</translation>
        </message>
        <message>
            <source>serverless containers</source>
            <translation>contenedores sin servidor</translation>
        </message>
    </context>
    <context>
        <name>catalog:iot</name>
        <message>
            <source>AWS IoT Core rule</source>
            <translation>Regla de AWS IoT Core</translation>
        </message>
        <message>
            <source>IoT rule</source>
            <translation>Regla de IoT</translation>
        </message>
        <message>
            <source>A rule that selects device messages from MQTT topics and acts on them: it invokes Lambda asynchronously or writes to queues, streams and stores.</source>
            <translation>Una regla que selecciona mensajes de dispositivos de temas MQTT y actúa sobre ellos: invoca Lambda de forma asíncrona o escribe en colas, flujos y almacenes.</translation>
        </message>
        <message>
            <source>AWS IoT Core connects devices over MQTT (and HTTPS and MQTT over WebSockets). Its rules engine selects messages from MQTT topics with an SQL-like statement (SELECT temperature FROM 'sensors/+/data' WHERE temperature &gt; 50) and runs actions on them: invoke a Lambda function, write to DynamoDB, S3, Kinesis, Firehose, SQS, SNS or OpenSearch, republish, and more.</source>
            <translation>AWS IoT Core conecta dispositivos mediante MQTT (y HTTPS y MQTT sobre WebSockets). Su motor de reglas selecciona mensajes de temas MQTT con una instrucción similar a SQL (SELECT temperature FROM 'sensors/+/data' WHERE temperature &gt; 50) y ejecuta acciones sobre ellos: invocar una función Lambda, escribir en DynamoDB, S3, Kinesis, Firehose, SQS, SNS u OpenSearch, volver a publicar, y más.</translation>
        </message>
        <message>
            <source>Toward Lambda it is an asynchronous push: the rule invokes the function and does not wait for the result, and Lambda's asynchronous rules apply (two retries, events kept up to 6 hours, a failure destination). The compute notes this product grew from list IoT as a synchronous push source; the Lambda documentation lists AWS IoT among the services that invoke functions asynchronously, and Archscope follows the documentation. A rule can also have an error action (to SQS or S3, for example) for messages whose action fails.</source>
            <translation>Hacia Lambda es un envío asíncrono (push): la regla invoca la función y no espera el resultado, y se aplican las reglas asíncronas de Lambda (dos reintentos, eventos conservados hasta 6 horas, un destino en caso de fallo). Las notas sobre cómputo de las que nació este producto incluyen IoT como origen de envío síncrono; la documentación de Lambda incluye AWS IoT entre los servicios que invocan funciones de forma asíncrona, y Archscope sigue la documentación. Una regla también puede tener una acción de error (hacia SQS o S3, por ejemplo) para los mensajes cuya acción falla.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 the wire is refused: route the rule to an SQS queue that workers poll, or to a Kinesis stream that consumers read, and consume that. The queue or stream also buffers the bursts that fleets of devices produce, for example when thousands reconnect at once.</source>
            <translation>Hacia contenedores y EC2 la conexión se rechaza: dirija la regla a una cola SQS que sondeen los workers, o a un flujo de Kinesis que lean los consumidores, y consuma desde ahí. La cola o el flujo también amortiguan las ráfagas que producen las flotas de dispositivos, por ejemplo cuando miles se reconectan a la vez.</translation>
        </message>
        <message>
            <source>Many pipelines need no compute at all: a rule can write straight into DynamoDB, S3 or OpenSearch.</source>
            <translation>Muchas canalizaciones no necesitan cómputo alguno: una regla puede escribir directamente en DynamoDB, S3 u OpenSearch.</translation>
        </message>
        <message>
            <source>Limits: an MQTT message is at most 128 KB, and a rule has at most 10 actions.</source>
            <translation>Límites: un mensaje MQTT tiene como máximo 128 KB, y una regla tiene como máximo 10 acciones.</translation>
        </message>
        <message>
            <source>Cost: the rules engine charges $0.15 per million rules triggered and $0.15 per million actions executed, each metered in 5 KB increments. Device connectivity and messaging are billed separately and are not among this node's prices.</source>
            <translation>Coste: el motor de reglas cobra $0.15 por millón de reglas activadas y $0.15 por millón de acciones ejecutadas, cada una medida en incrementos de 5 KB. La conectividad de dispositivos y la mensajería se facturan por separado y no figuran entre los precios de este nodo.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. A estos se suman los eventos que llegan por conexiones desde otros nodos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (relación pico/valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram (1 event/s is about 2.6 million a month). For a rule these are matching device messages.</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama (1 evento/s equivale a unos 2.6 millones al mes). Para una regla, son los mensajes de dispositivos que coinciden.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico/valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa del sábado y el domingo como múltiplo de la tasa de un día laborable. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Maximum MQTT message</source>
            <translation>Mensaje MQTT máximo</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Actions per rule</source>
            <translation>Acciones por regla</translation>
        </message>
        <message>
            <source>Rules and actions metered in increments of</source>
            <translation>Reglas y acciones medidas en incrementos de</translation>
        </message>
        <message>
            <source>Rules triggered</source>
            <translation>Reglas activadas</translation>
        </message>
        <message>
            <source>per million rules triggered</source>
            <translation>por millón de reglas activadas</translation>
        </message>
        <message>
            <source>Actions executed</source>
            <translation>Acciones ejecutadas</translation>
        </message>
        <message>
            <source>per million actions executed</source>
            <translation>por millón de acciones ejecutadas</translation>
        </message>
        <message>
            <source>rules triggered</source>
            <translation>reglas activadas</translation>
        </message>
        <message>
            <source>actions</source>
            <translation>acciones</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
        </message>
        <message>
            <source>Device rule</source>
            <translation>Regla de dispositivos</translation>
        </message>
        <message>
            <source>device</source>
            <translation>dispositivo</translation>
        </message>
        <message>
            <source>MQTT</source>
            <translation>MQTT</translation>
        </message>
        <message>
            <source>sensor</source>
            <translation>sensor</translation>
        </message>
        <message>
            <source>Internet of Things</source>
            <translation>Internet de las cosas</translation>
        </message>
    </context>
    <context>
        <name>catalog:kinesis</name>
        <message>
            <source>Amazon Kinesis Data Stream</source>
            <translation>Flujo de datos de Amazon Kinesis</translation>
        </message>
        <message>
            <source>Kinesis</source>
            <translation>Kinesis</translation>
        </message>
        <message>
            <source>An ordered, replayable stream of records split into shards; Lambda or your consumer applications poll each shard (stream poll).</source>
            <translation>Un flujo de registros ordenado y reproducible, dividido en shards; Lambda o sus aplicaciones consumidoras sondean cada shard (sondeo de flujo).</translation>
        </message>
        <message>
            <source>A Kinesis data stream is a log of records split into shards. A producer puts each record with a partition key; the key decides the shard, and order is kept within a shard. Records stay in the stream for 24 hours by default (up to 365 days), so several consumers can read the same data independently and replay it. Capacity is either provisioned (you choose the shards, as this node models) or on-demand (Kinesis manages the shards).</source>
            <translation>Un flujo de datos de Kinesis es un log de registros dividido en shards. Un productor escribe cada registro con una clave de partición; la clave decide el shard, y el orden se mantiene dentro de un shard. Los registros permanecen en el flujo 24 horas de forma predeterminada (hasta 365 días), por lo que varios consumidores pueden leer los mismos datos de forma independiente y volver a reproducirlos. La capacidad es aprovisionada (usted elige los shards, como modela este nodo) o bajo demanda (Kinesis gestiona los shards).</translation>
        </message>
        <message>
            <source>Each shard takes in up to 1 MB or 1,000 records per second and serves 2 MB per second of reads, shared by all standard consumers (at most 5 read calls per second), or 2 MB per second per consumer with enhanced fan-out. A producer that writes faster than its shards allow is throttled and must retry. The default maximum record is 1 MiB; a stream can be configured to accept occasional records of up to 10 MiB.</source>
            <translation>Cada shard admite hasta 1 MB o 1,000 registros por segundo de entrada y sirve 2 MB por segundo de lecturas, compartidos por todos los consumidores estándar (como máximo 5 llamadas de lectura por segundo), o 2 MB por segundo por consumidor con enhanced fan-out. Un productor que escribe más rápido de lo que permiten sus shards sufre limitación (throttling) y debe reintentar. El registro máximo predeterminado es de 1 MiB; un flujo puede configurarse para aceptar registros ocasionales de hasta 10 MiB.</translation>
        </message>
        <message>
            <source>Toward Lambda it is a stream poll. Lambda's event source mapping polls every shard and invokes the function synchronously with batches of records (100 by default, up to 10,000, with an optional batching window), again as soon as records wait. Concurrency here is not requests × duration: it is at most shards × parallelization factor (1–10). Four shards with a factor of 2 never run more than 8 invocations at once, whatever the rate; extra load becomes backlog, visible as a growing iterator age.</source>
            <translation>Hacia Lambda es un sondeo de flujo. La asignación de origen de eventos (event source mapping) de Lambda sondea cada shard e invoca la función de forma síncrona con lotes de registros (100 de forma predeterminada, hasta 10,000, con una ventana de procesamiento por lotes opcional), de nuevo en cuanto hay registros esperando. Aquí la concurrencia no es solicitudes × duración: es como máximo shards × factor de paralelización (1–10). Cuatro shards con un factor de 2 nunca ejecutan más de 8 invocaciones a la vez, sea cual sea la tasa; la carga adicional se convierte en atraso, visible como una antigüedad del iterador (iterator age) creciente.</translation>
        </message>
        <message>
            <source>A batch that fails is retried until it succeeds or its records expire, and meanwhile that shard stops moving. Use bisect-on-error, a maximum number of retries, a maximum record age and an on-failure destination (SQS, SNS or S3) to keep shards flowing.</source>
            <translation>Un lote que falla se reintenta hasta que tiene éxito o sus registros caducan, y mientras tanto ese shard se detiene. Use bisect-on-error, un número máximo de reintentos, una antigüedad máxima de registro y un destino en caso de fallo (SQS, SNS o S3) para que los shards sigan avanzando.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 it is also a stream poll: a consumer application, usually built on the Kinesis Client Library, shares the shards among its workers through leases kept in a DynamoDB table. Each shard is read by one worker at a time, so more workers than shards add nothing.</source>
            <translation>Hacia contenedores y EC2 también es un sondeo de flujo: una aplicación consumidora, normalmente basada en la Kinesis Client Library, reparte los shards entre sus workers mediante arrendamientos (leases) guardados en una tabla de DynamoDB. Cada shard lo lee un solo worker a la vez, así que tener más workers que shards no aporta nada.</translation>
        </message>
        <message>
            <source>Cost: $0.015 per shard-hour (about $11 per shard per month, paid whether or not data flows) plus $0.014 per million PUT payload units; each record is rounded up to whole 25 KB units. Extended retention, enhanced fan-out and on-demand mode are priced separately. Lambda pays nothing extra to read the stream with standard polling.</source>
            <translation>Coste: $0.015 por shard-hora (unos $11 por shard al mes, se pagan fluyan o no datos) más $0.014 por millón de unidades de carga útil PUT; cada registro se redondea al alza a unidades completas de 25 KB. La retención ampliada, enhanced fan-out y el modo bajo demanda tienen precios aparte. Lambda no paga nada adicional por leer el flujo con el sondeo estándar.</translation>
        </message>
        <message>
            <source>Shards</source>
            <translation>Fragmentos (shards)</translation>
        </message>
        <message>
            <source>Each shard takes 1 MB/s or 1,000 records/s in and 2 MB/s out, and costs $0.015 an hour. Lambda runs at most shards × parallelization factor batches at once.</source>
            <translation>Cada shard admite 1 MB/s o 1,000 registros/s de entrada y 2 MB/s de salida, y cuesta $0.015 la hora. Lambda ejecuta como máximo shards × factor de paralelización lotes a la vez.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. A estos se suman los eventos que llegan por conexiones desde otros nodos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (relación pico/valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram. Usually 0: this node is normally fed by writes wired in on the canvas. Set a rate for traffic the diagram does not show (other systems or users). For a stream these are records put.</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama. Normalmente 0: este nodo suele alimentarse con escrituras conectadas en el lienzo. Indique una tasa para el tráfico que el diagrama no muestra (otros sistemas o usuarios). Para un flujo, son los registros escritos.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico/valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa del sábado y el domingo como múltiplo de la tasa de un día laborable. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Writes per shard</source>
            <translation>Escrituras por shard</translation>
        </message>
        <message>
            <source>MB/s</source>
            <translation>MB/s</translation>
        </message>
        <message>
            <source>Records written per shard</source>
            <translation>Registros escritos por shard</translation>
        </message>
        <message>
            <source>records/s</source>
            <translation>registros/s</translation>
        </message>
        <message>
            <source>Reads per shard, shared by standard consumers</source>
            <translation>Lecturas por shard, compartidas por los consumidores estándar</translation>
        </message>
        <message>
            <source>Read calls per shard</source>
            <translation>Llamadas de lectura por shard</translation>
        </message>
        <message>
            <source>per s</source>
            <translation>por s</translation>
        </message>
        <message>
            <source>Retention (default)</source>
            <translation>Retención (predeterminada)</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>Retention (maximum)</source>
            <translation>Retención (máxima)</translation>
        </message>
        <message>
            <source>Maximum record (default)</source>
            <translation>Registro máximo (predeterminado)</translation>
        </message>
        <message>
            <source>MiB</source>
            <translation>MiB</translation>
        </message>
        <message>
            <source>Maximum record (configurable)</source>
            <translation>Registro máximo (configurable)</translation>
        </message>
        <message>
            <source>PUT payload unit</source>
            <translation>Unidad de carga útil PUT</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Shard hours</source>
            <translation>Horas de shard</translation>
        </message>
        <message>
            <source>per shard-hour</source>
            <translation>por shard-hora</translation>
        </message>
        <message>
            <source>PUT payload units (25 KB)</source>
            <translation>Unidades de carga útil PUT (25 KB)</translation>
        </message>
        <message>
            <source>per million PUT payload units</source>
            <translation>por millón de unidades de carga útil PUT</translation>
        </message>
        <message>
            <source>shard-hours</source>
            <translation>horas de shard</translation>
        </message>
        <message>
            <source>PUT payload units</source>
            <translation>unidades de carga PUT</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <source>stream</source>
            <translation>flujo</translation>
        </message>
        <message>
            <source>streaming</source>
            <translation>streaming</translation>
        </message>
        <message>
            <source>records</source>
            <translation>registros</translation>
        </message>
        <message>
            <source>shards</source>
            <translation>fragmentos</translation>
        </message>
        <message>
            <source>real-time</source>
            <translation>tiempo real</translation>
        </message>
    </context>
    <context>
        <name>catalog:lambda</name>
        <message>
            <source>AWS Lambda function</source>
            <translation>Función de AWS Lambda</translation>
        </message>
        <message>
            <source>Lambda</source>
            <translation>Lambda</translation>
        </message>
        <message>
            <source>Runs your code in response to events; you pay per request and per millisecond of run time, never for idle.</source>
            <translation>Ejecuta su código en respuesta a eventos; se paga por solicitud y por milisegundo de ejecución, nunca por el tiempo inactivo.</translation>
        </message>
        <message>
            <source>Lambda runs a function: the unit of scale is one function invocation, and the language runtime is abstracted away. There are no servers to patch or scale, and you pay nothing while no events arrive.</source>
            <translation>Lambda ejecuta una función: la unidad de escalado es una invocación de función, y el runtime del lenguaje queda abstraído. No hay servidores que parchear ni escalar, y no se paga nada mientras no llegan eventos.</translation>
        </message>
        <message>
            <source>Anatomy of a function. The handler is the method Lambda calls on every invocation. The event object carries what happened, in a format fixed by the service that sent it (an S3 object notification, an API Gateway request, a batch of SQS messages). The context object describes the invocation: the request id, the function's name and memory, and how much time is left before the timeout.</source>
            <translation>Anatomía de una función. El handler es el método al que Lambda llama en cada invocación. El objeto event contiene lo que ocurrió, en un formato fijado por el servicio que lo envió (una notificación de objeto de S3, una solicitud de API Gateway, un lote de mensajes de SQS). El objeto context describe la invocación: el id de la solicitud, el nombre y la memoria de la función, y cuánto tiempo queda antes del tiempo de espera (timeout).</translation>
        </message>
        <message>
            <source>Resources. You choose memory from 128 MB to 10,240 MB in 1 MB steps; CPU and network bandwidth grow in proportion, with one full vCPU at 1,769 MB and up to 6 vCPUs. /tmp can be sized up to 10,240 MB. There is no GPU. The timeout is 3 seconds by default and at most 15 minutes (older notes say 5 minutes and 3 GB of memory: both limits were raised).</source>
            <translation>Recursos. La memoria se elige entre 128 MB y 10,240 MB en pasos de 1 MB; la CPU y el ancho de banda de red crecen en proporción, con una vCPU completa a 1,769 MB y hasta 6 vCPUs. /tmp puede dimensionarse hasta 10,240 MB. No hay GPU. El tiempo de espera es de 3 segundos de forma predeterminada y de 15 minutos como máximo (las notas más antiguas dicen 5 minutos y 3 GB de memoria: ambos límites se ampliaron).</translation>
        </message>
        <message>
            <source>Stateless. Keep nothing you need between invocations in the function: persist data in DynamoDB, S3 or another store. Lambda may reuse a warm execution environment, but it may also create a new one at any time.</source>
            <translation>Sin estado. No guarde en la función nada que necesite entre invocaciones: persista los datos en DynamoDB, S3 u otro almacén. Lambda puede reutilizar un entorno de ejecución caliente, pero también puede crear uno nuevo en cualquier momento.</translation>
        </message>
        <message>
            <source>Cold starts. When no warm environment is free, Lambda creates one: it downloads your code, starts the runtime and runs your initialisation code before the handler. That adds latency (from under 100 ms to several seconds) and, since August 2025, the init phase is billed too. Provisioned concurrency keeps environments initialised in advance, for a price.</source>
            <translation>Arranques en frío. Cuando no hay ningún entorno caliente libre, Lambda crea uno: descarga su código, inicia el runtime y ejecuta su código de inicialización antes del handler. Eso añade latencia (de menos de 100 ms a varios segundos) y, desde agosto de 2025, la fase de inicialización también se factura. La concurrencia aprovisionada mantiene entornos inicializados de antemano, a cambio de un precio.</translation>
        </message>
        <message>
            <source>Concurrency. Concurrency = requests per second × average duration in seconds (Little's law): 100 requests/s of 500 ms need 50 concurrent environments. For a Kinesis or DynamoDB stream, concurrency is set by the shards: at most shards × parallelization factor. An account has 1,000 concurrent executions per Region by default, shared by all functions without reserved concurrency. Each function scales by up to 1,000 new environments every 10 seconds.</source>
            <translation>Concurrencia. Concurrencia = solicitudes por segundo × duración media en segundos (ley de Little): 100 solicitudes/s de 500 ms necesitan 50 entornos concurrentes. Para un flujo de Kinesis o de DynamoDB, la concurrencia la fijan los shards: como máximo shards × factor de paralelización. Una cuenta tiene 1,000 ejecuciones concurrentes por región de forma predeterminada, compartidas por todas las funciones sin concurrencia reservada. Cada función escala hasta 1,000 entornos nuevos cada 10 segundos.</translation>
        </message>
        <message>
            <source>Reserved concurrency both guarantees and caps a function's share of the pool; AWS always leaves at least 100 unreserved for the other functions. Beyond its limit, synchronous callers get HTTP 429 throttling errors, asynchronous events wait in Lambda's internal queue (retried twice, kept up to 6 hours), and stream or queue sources fall behind.</source>
            <translation>La concurrencia reservada garantiza y a la vez limita la parte del grupo que corresponde a una función; AWS siempre deja al menos 100 sin reservar para las demás funciones. Por encima de su límite, los llamadores síncronos reciben errores de limitación HTTP 429, los eventos asíncronos esperan en la cola interna de Lambda (se reintentan dos veces y se conservan hasta 6 horas), y los orígenes de flujo o de cola se retrasan.</translation>
        </message>
        <message>
            <source>Billing. Requests cost $0.20 per million; duration is billed per 1 ms at $0.0000166667 per GB-second on x86 and $0.0000133334 on Arm (Graviton). The free tier includes 1 million requests and 400,000 GB-seconds a month.</source>
            <translation>Facturación. Las solicitudes cuestan $0.20 por millón; la duración se factura por cada 1 ms a $0.0000166667 por GB-segundo en x86 y a $0.0000133334 en Arm (Graviton). La capa gratuita incluye 1 millón de solicitudes y 400,000 GB-segundos al mes.</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memoria</translation>
        </message>
        <message>
            <source>128–10,240 MB. CPU grows with memory: one vCPU at 1,769 MB.</source>
            <translation>128–10,240 MB. La CPU crece con la memoria: una vCPU a 1,769 MB.</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>MB</translation>
        </message>
        <message>
            <source>Mean duration</source>
            <translation>Duración media</translation>
        </message>
        <message>
            <source>Average run time of one invocation, used for concurrency (rate × duration) and billing.</source>
            <translation>Tiempo medio de ejecución de una invocación, usado para la concurrencia (tasa × duración) y la facturación.</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Arquitectura</translation>
        </message>
        <message>
            <source>arm64 (Graviton) costs about 20 % less per GB-second.</source>
            <translation>arm64 (Graviton) cuesta aproximadamente un 20 % menos por GB-segundo.</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Tiempo de espera</translation>
        </message>
        <message>
            <source>3 s by default, 900 s (15 minutes) at most.</source>
            <translation>3 s de forma predeterminada, 900 s (15 minutos) como máximo.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Reserved concurrency</source>
            <translation>Concurrencia reservada</translation>
        </message>
        <message>
            <source>Guarantees and caps this function's concurrency. Empty: shares the account's unreserved pool. 0 stops all invocations.</source>
            <translation>Garantiza y limita la concurrencia de esta función. Vacío: comparte el grupo no reservado de la cuenta. 0 detiene todas las invocaciones.</translation>
        </message>
        <message>
            <source>Provisioned concurrency</source>
            <translation>Concurrencia aprovisionada</translation>
        </message>
        <message>
            <source>Environments kept initialised: no cold starts up to this level, billed while enabled.</source>
            <translation>Entornos mantenidos inicializados: sin arranques en frío hasta este nivel, facturados mientras esté habilitada.</translation>
        </message>
        <message>
            <source>Runtime</source>
            <translation>Entorno de ejecución</translation>
        </message>
        <message>
            <source>Sets the default cold-start time; Java and .NET start slowest unless SnapStart is used.</source>
            <translation>Determina el tiempo de arranque en frío predeterminado; Java y .NET son los que arrancan más despacio salvo que se use SnapStart.</translation>
        </message>
        <message>
            <source>Cold start</source>
            <translation>Arranque en frío</translation>
        </message>
        <message>
            <source>Extra latency (and billed init time) when a new execution environment is created.</source>
            <translation>Latencia adicional (y tiempo de inicialización facturado) cuando se crea un nuevo entorno de ejecución.</translation>
        </message>
        <message>
            <source>Async retries</source>
            <translation>Reintentos asíncronos</translation>
        </message>
        <message>
            <source>Retries for asynchronous invocations (0–2, default 2).</source>
            <translation>Reintentos de las invocaciones asíncronas (0–2, predeterminado 2).</translation>
        </message>
        <message>
            <source>CPU-bound share</source>
            <translation>Proporción limitada por CPU</translation>
        </message>
        <message>
            <source>Fraction of the duration spent computing (it shrinks with more memory); the rest waits on I/O.</source>
            <translation>Fracción de la duración dedicada a calcular (se reduce con más memoria); el resto espera a la E/S.</translation>
        </message>
        <message>
            <source>Single-threaded</source>
            <translation>Monohilo</translation>
        </message>
        <message>
            <source>A single-threaded handler gains nothing from more than one vCPU.</source>
            <translation>Un handler monohilo no gana nada con más de una vCPU.</translation>
        </message>
        <message>
            <source>Maximum timeout</source>
            <translation>Tiempo de espera máximo</translation>
        </message>
        <message>
            <source>Maximum memory</source>
            <translation>Memoria máxima</translation>
        </message>
        <message>
            <source>Memory for one vCPU</source>
            <translation>Memoria para una vCPU</translation>
        </message>
        <message>
            <source>Maximum vCPUs</source>
            <translation>vCPUs máximas</translation>
        </message>
        <message>
            <source>vCPU</source>
            <translation>vCPU</translation>
        </message>
        <message>
            <source>Default account concurrency</source>
            <translation>Concurrencia predeterminada de la cuenta</translation>
        </message>
        <message>
            <source>Unreserved pool kept</source>
            <translation>Grupo no reservado que se conserva</translation>
        </message>
        <message>
            <source>New environments per 10 s per function</source>
            <translation>Entornos nuevos por 10 s por función</translation>
        </message>
        <message>
            <source>Async event maximum age</source>
            <translation>Antigüedad máxima de un evento asíncrono</translation>
        </message>
        <message>
            <source>Synchronous payload</source>
            <translation>Carga útil síncrona</translation>
        </message>
        <message>
            <source>Asynchronous payload</source>
            <translation>Carga útil asíncrona</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Free tier requests per month</source>
            <translation>Solicitudes de la capa gratuita al mes</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>solicitudes</translation>
        </message>
        <message>
            <source>Free tier compute per month</source>
            <translation>Cómputo de la capa gratuita al mes</translation>
        </message>
        <message>
            <source>GB-s</source>
            <translation>GB-s</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>per million requests</source>
            <translation>por millón de solicitudes</translation>
        </message>
        <message>
            <source>Duration (x86)</source>
            <translation>Duración (x86)</translation>
        </message>
        <message>
            <source>per GB-second</source>
            <translation>por GB-segundo</translation>
        </message>
        <message>
            <source>Duration (Arm)</source>
            <translation>Duración (Arm)</translation>
        </message>
        <message>
            <source>Provisioned concurrency (x86)</source>
            <translation>Concurrencia aprovisionada (x86)</translation>
        </message>
        <message>
            <source>Provisioned concurrency (Arm)</source>
            <translation>Concurrencia aprovisionada (Arm)</translation>
        </message>
        <message>
            <source>Duration with provisioned concurrency (x86)</source>
            <translation>Duración con concurrencia aprovisionada (x86)</translation>
        </message>
        <message>
            <source>environments</source>
            <translation>entornos</translation>
        </message>
        <message>
            <source>Init (cold starts)</source>
            <translation>Init (arranques en frío)</translation>
        </message>
        <message>
            <source>Duration on provisioned concurrency</source>
            <translation>Duración con simultaneidad aprovisionada</translation>
        </message>
        <message>
            <source>Duration variability</source>
            <translation>Variabilidad de la duración</translation>
        </message>
        <message>
            <source>Coefficient of variation of the duration (standard deviation over mean): 0 means every request takes the same time, 1 is as variable as an exponential. Variable durations lengthen queues and the slow end of latency.</source>
            <translation>Coeficiente de variación de la duración (desviación típica entre media): 0 significa que todas las solicitudes tardan lo mismo; 1 varía como una exponencial. Las duraciones variables alargan las colas y la cola lenta de la latencia.</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>function</source>
            <translation>función</translation>
        </message>
        <message>
            <source>serverless</source>
            <translation>sin servidor</translation>
        </message>
        <message>
            <source>FaaS</source>
            <translation>FaaS</translation>
        </message>
        <message>
            <source>code</source>
            <translation>código</translation>
        </message>
    </context>
    <context>
        <name>catalog:opensearch</name>
        <message>
            <source>Amazon OpenSearch Service domain</source>
            <translation>Dominio de Amazon OpenSearch Service</translation>
        </message>
        <message>
            <source>OpenSearch</source>
            <translation>OpenSearch</translation>
        </message>
        <message>
            <source>A managed OpenSearch (formerly Elasticsearch) cluster for search and log analytics; a destination that compute writes to, never an event source.</source>
            <translation>Un clúster gestionado de OpenSearch (antes Elasticsearch) para búsqueda y análisis de logs; un destino en el que escribe el cómputo, nunca un origen de eventos.</translation>
        </message>
        <message>
            <source>Amazon OpenSearch Service runs OpenSearch clusters (and older Elasticsearch versions; the service was called Amazon Elasticsearch Service until 2021) for full-text search, log analytics and dashboards. A domain is a cluster of instances whose type and count you choose, with EBS storage.</source>
            <translation>Amazon OpenSearch Service ejecuta clústeres de OpenSearch (y versiones anteriores de Elasticsearch; el servicio se llamó Amazon Elasticsearch Service hasta 2021) para búsqueda de texto completo, análisis de logs y paneles. Un dominio es un clúster de instancias cuyo tipo y número usted elige, con almacenamiento EBS.</translation>
        </message>
        <message>
            <source>On the canvas it is a sink only. Compute writes documents into it, best in batches with the bulk API; IoT rules can also write to it directly. A common pipeline indexes a table for search: DynamoDB stream → Lambda → OpenSearch.</source>
            <translation>En el lienzo es solo un destino. El cómputo escribe documentos en él, preferiblemente por lotes con la API bulk; las reglas de IoT también pueden escribir en él directamente. Una canalización habitual indexa una tabla para búsqueda: flujo de DynamoDB → Lambda → OpenSearch.</translation>
        </message>
        <message>
            <source>It is not an event source: OpenSearch does not invoke Lambda or push events anywhere, so a trigger wire from it is refused, toward Lambda and toward containers alike. To react to new data, trigger from where the data enters (the stream or queue in front of OpenSearch).</source>
            <translation>No es un origen de eventos: OpenSearch no invoca Lambda ni envía eventos a ningún sitio, así que una conexión de disparo desde él se rechaza, tanto hacia Lambda como hacia contenedores. Para reaccionar a datos nuevos, dispare desde donde entran los datos (el flujo o la cola situados delante de OpenSearch).</translation>
        </message>
        <message>
            <source>A domain is provisioned capacity: you pay per instance-hour whether it is queried or not (pay for idle, like EC2). Many concurrent Lambda invocations writing at once can overload a small domain, which then rejects writes with HTTP 429; cap the writer's concurrency (reserved concurrency, or the SQS wire's maximum concurrency) to protect it.</source>
            <translation>Un dominio es capacidad aprovisionada: se paga por hora de instancia tanto si se consulta como si no (se paga por el tiempo inactivo, como en EC2). Muchas invocaciones de Lambda concurrentes escribiendo a la vez pueden sobrecargar un dominio pequeño, que entonces rechaza escrituras con HTTP 429; limite la concurrencia del escritor (concurrencia reservada, o la concurrencia máxima de la conexión SQS) para protegerlo.</translation>
        </message>
        <message>
            <source>For production, AWS recommends at least three data nodes across three Availability Zones and dedicated master nodes; burstable t3 instances suit development and test only.</source>
            <translation>Para producción, AWS recomienda al menos tres nodos de datos repartidos en tres zonas de disponibilidad y nodos maestros dedicados; las instancias ampliables t3 solo sirven para desarrollo y pruebas.</translation>
        </message>
        <message>
            <source>Cost: m6g.large.search costs $0.128 and t3.small.search $0.036 per instance-hour; EBS storage is billed per GB-month on top. OpenSearch Serverless is an alternative billed per OpenSearch Compute Unit-hour, with a minimum.</source>
            <translation>Coste: m6g.large.search cuesta $0.128 y t3.small.search $0.036 por hora de instancia; el almacenamiento EBS se factura además por GB-mes. OpenSearch Serverless es una alternativa que se factura por hora de OpenSearch Compute Unit, con un mínimo.</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>Tipo de instancia</translation>
        </message>
        <message>
            <source>t3.small.search: 2 vCPU, 2 GiB, burstable, for development and test ($0.036/h). m6g.large.search: 2 vCPU, 8 GiB, Graviton ($0.128/h).</source>
            <translation>t3.small.search: 2 vCPU, 2 GiB, ampliable, para desarrollo y pruebas ($0.036/h). m6g.large.search: 2 vCPU, 8 GiB, Graviton ($0.128/h).</translation>
        </message>
        <message>
            <source>Data nodes</source>
            <translation>Nodos de datos</translation>
        </message>
        <message>
            <source>Instances in the domain, each billed per hour. Three or more across three Availability Zones are recommended for production.</source>
            <translation>Instancias del dominio, cada una facturada por hora. Para producción se recomiendan tres o más repartidas en tres zonas de disponibilidad.</translation>
        </message>
        <message>
            <source>Data nodes recommended for production</source>
            <translation>Nodos de datos recomendados para producción</translation>
        </message>
        <message>
            <source>Maximum HTTP request, t3.small.search</source>
            <translation>Solicitud HTTP máxima, t3.small.search</translation>
        </message>
        <message>
            <source>MiB</source>
            <translation>MiB</translation>
        </message>
        <message>
            <source>Maximum HTTP request, m6g.large.search</source>
            <translation>Solicitud HTTP máxima, m6g.large.search</translation>
        </message>
        <message>
            <source>m6g.large.search instance</source>
            <translation>Instancia m6g.large.search</translation>
        </message>
        <message>
            <source>per instance-hour</source>
            <translation>por hora de instancia</translation>
        </message>
        <message>
            <source>t3.small.search instance</source>
            <translation>Instancia t3.small.search</translation>
        </message>
        <message>
            <source>instance-hours</source>
            <translation>horas de instancia</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Búsqueda</translation>
        </message>
        <message>
            <source>search</source>
            <translation>búsqueda</translation>
        </message>
        <message>
            <source>Elasticsearch</source>
            <translation>Elasticsearch</translation>
        </message>
        <message>
            <source>logs</source>
            <translation>registros</translation>
        </message>
        <message>
            <source>analytics</source>
            <translation>análisis</translation>
        </message>
        <message>
            <source>index</source>
            <translation>índice</translation>
        </message>
    </context>
    <context>
        <name>catalog:s3</name>
        <message>
            <source>Amazon S3 bucket</source>
            <translation>Bucket de Amazon S3</translation>
        </message>
        <message>
            <source>S3</source>
            <translation>S3</translation>
        </message>
        <message>
            <source>Durable object storage that compute writes to, and whose object events (created, removed, …) invoke Lambda asynchronously.</source>
            <translation>Almacenamiento de objetos duradero en el que escribe el cómputo y cuyos eventos de objeto (creado, eliminado, …) invocan Lambda de forma asíncrona.</translation>
        </message>
        <message>
            <source>S3 stores objects (files up to 5 TB each) in buckets, with very high durability, and charges per GB-month stored and per request. On the canvas a bucket is both a store that compute writes objects to and a source: object events such as 'object created' or 'object removed' can start more work.</source>
            <translation>S3 almacena objetos (archivos de hasta 5 TB cada uno) en buckets, con una durabilidad muy alta, y cobra por GB-mes almacenado y por solicitud. En el lienzo, un bucket es a la vez un almacén en el que el cómputo escribe objetos y un origen: eventos de objeto como 'object created' u 'object removed' pueden iniciar más trabajo.</translation>
        </message>
        <message>
            <source>Toward Lambda it is an asynchronous push. S3 hands the event to Lambda's internal queue and moves on; the function runs shortly afterwards. Events are delivered at least once, usually within seconds but sometimes a minute or more later, and in no guaranteed order, so the function must be idempotent. Prefix and suffix filters choose which objects fire (set the wire's ratio to the share that passes). Lambda's asynchronous rules apply: a failed event is retried twice, an event that cannot run (throttled) is kept for up to 6 hours, and then it is dropped unless the function has a failure destination (an SQS queue or SNS topic: a failure wire on the canvas).</source>
            <translation>Hacia Lambda es un envío asíncrono (push). S3 entrega el evento a la cola interna de Lambda y sigue adelante; la función se ejecuta poco después. Los eventos se entregan al menos una vez, normalmente en segundos pero a veces un minuto o más tarde, y sin orden garantizado, así que la función debe ser idempotente. Los filtros de prefijo y sufijo eligen qué objetos disparan eventos (ajuste la proporción de la conexión a la parte que pasa el filtro). Se aplican las reglas asíncronas de Lambda: un evento fallido se reintenta dos veces, un evento que no puede ejecutarse (limitado) se conserva hasta 6 horas, y después se descarta salvo que la función tenga un destino en caso de fallo (una cola SQS o un tema SNS: una conexión de fallo en el lienzo).</translation>
        </message>
        <message>
            <source>Toward containers and EC2 the wire is refused. S3 event notifications can go only to Lambda, SNS topics, SQS queues (standard queues, not FIFO) and EventBridge. To reach an ECS, EKS or EC2 service, route through SNS, SQS or EventBridge: for example S3 → SQS → workers that poll the queue and scale on its depth, or S3 → EventBridge → an ECS task per object.</source>
            <translation>Hacia contenedores y EC2 la conexión se rechaza. Las notificaciones de eventos de S3 solo pueden ir a Lambda, temas SNS, colas SQS (colas estándar, no FIFO) y EventBridge. Para llegar a un servicio de ECS, EKS o EC2, enrute a través de SNS, SQS o EventBridge: por ejemplo S3 → SQS → workers que sondean la cola y escalan según su profundidad, o S3 → EventBridge → una tarea de ECS por objeto.</translation>
        </message>
        <message>
            <source>Beware of loops: a function that writes its output into the bucket (and prefix) that triggers it will trigger itself again and again. Write results to another bucket or prefix.</source>
            <translation>Cuidado con los bucles: una función que escribe su salida en el bucket (y prefijo) que la dispara se volverá a disparar una y otra vez. Escriba los resultados en otro bucket o prefijo.</translation>
        </message>
        <message>
            <source>Throughput: a bucket supports at least 3,500 PUT, COPY, POST or DELETE and 5,500 GET or HEAD requests per second per prefix, and scales further across prefixes.</source>
            <translation>Rendimiento: un bucket admite al menos 3,500 solicitudes PUT, COPY, POST o DELETE y 5,500 solicitudes GET o HEAD por segundo y por prefijo, y escala más repartiendo entre prefijos.</translation>
        </message>
        <message>
            <source>Cost: PUT, COPY, POST and LIST requests cost $0.005 per 1,000 and GET requests $0.0004 per 1,000 (S3 Standard). Event notifications carry no charge of their own: you pay for whatever they invoke. Storage (about $0.023 per GB-month in S3 Standard) and data transfer are billed as well but are not among this node's prices.</source>
            <translation>Coste: las solicitudes PUT, COPY, POST y LIST cuestan $0.005 por cada 1,000 y las solicitudes GET $0.0004 por cada 1,000 (S3 Standard). Las notificaciones de eventos no tienen coste propio: se paga por lo que invocan. El almacenamiento (unos $0.023 por GB-mes en S3 Standard) y la transferencia de datos también se facturan, pero no figuran entre los precios de este nodo.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. A estos se suman los eventos que llegan por conexiones desde otros nodos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (relación pico/valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram. Usually 0: this node is normally fed by writes wired in on the canvas. Set a rate for traffic the diagram does not show (other systems or users). For a bucket these are object events, for example uploads by users.</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama. Normalmente 0: este nodo suele alimentarse con escrituras conectadas en el lienzo. Indique una tasa para el tráfico que el diagrama no muestra (otros sistemas o usuarios). Para un bucket, son eventos de objeto, por ejemplo cargas de usuarios.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico/valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa del sábado y el domingo como múltiplo de la tasa de un día laborable. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Maximum object size</source>
            <translation>Tamaño máximo de objeto</translation>
        </message>
        <message>
            <source>TB</source>
            <translation>TB</translation>
        </message>
        <message>
            <source>Maximum single PUT (larger objects need multipart upload)</source>
            <translation>PUT único máximo (los objetos más grandes requieren carga multiparte)</translation>
        </message>
        <message>
            <source>GB</source>
            <translation>GB</translation>
        </message>
        <message>
            <source>PUT/COPY/POST/DELETE per prefix</source>
            <translation>PUT/COPY/POST/DELETE por prefijo</translation>
        </message>
        <message>
            <source>requests/s</source>
            <translation>solicitudes/s</translation>
        </message>
        <message>
            <source>GET/HEAD per prefix</source>
            <translation>GET/HEAD por prefijo</translation>
        </message>
        <message>
            <source>PUT, COPY, POST, LIST requests</source>
            <translation>Solicitudes PUT, COPY, POST, LIST</translation>
        </message>
        <message>
            <source>per 1,000 requests</source>
            <translation>por cada 1,000 solicitudes</translation>
        </message>
        <message>
            <source>GET requests</source>
            <translation>Solicitudes GET</translation>
        </message>
        <message>
            <source>Event notifications</source>
            <translation>Notificaciones de eventos</translation>
        </message>
        <message>
            <source>no charge of their own</source>
            <translation>sin coste propio</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>solicitudes</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
        </message>
        <message>
            <source>Bucket</source>
            <translation>Bucket</translation>
        </message>
        <message>
            <source>bucket</source>
            <translation>bucket</translation>
        </message>
        <message>
            <source>object storage</source>
            <translation>almacenamiento de objetos</translation>
        </message>
        <message>
            <source>files</source>
            <translation>archivos</translation>
        </message>
        <message>
            <source>upload</source>
            <translation>subida</translation>
        </message>
    </context>
    <context>
        <name>catalog:sns</name>
        <message>
            <source>Amazon SNS topic</source>
            <translation>Tema de Amazon SNS</translation>
        </message>
        <message>
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <source>A publish/subscribe topic that pushes a copy of every message to every subscriber, asynchronously (fan-out).</source>
            <translation>Un tema de publicación/suscripción que envía una copia de cada mensaje a cada suscriptor, de forma asíncrona (fan-out).</translation>
        </message>
        <message>
            <source>SNS is publish/subscribe messaging. A publisher sends a message to a topic once, and SNS pushes a copy to every subscription: Lambda functions, SQS queues, HTTP/S endpoints, email, SMS, mobile push, Firehose. A filter policy on a subscription lets that subscriber receive only the messages it cares about. One publish can thus become many deliveries (fan-out).</source>
            <translation>SNS es mensajería de publicación/suscripción. Un publicador envía un mensaje a un tema una sola vez, y SNS envía una copia a cada suscripción: funciones Lambda, colas SQS, endpoints HTTP/S, correo electrónico, SMS, notificaciones push móviles, Firehose. Una política de filtro en una suscripción permite que ese suscriptor reciba solo los mensajes que le interesan. Así, una sola publicación puede convertirse en muchas entregas (fan-out).</translation>
        </message>
        <message>
            <source>Toward Lambda it is an asynchronous push: SNS invokes the function asynchronously with one message per invocation. Lambda's asynchronous rules apply: the event waits in Lambda's internal queue, a failure is retried twice, an event is kept for up to 6 hours, and a failure destination (SQS or SNS: a failure wire) catches what still fails. A subscription can also have its own dead-letter queue for messages SNS could not deliver at all.</source>
            <translation>Hacia Lambda es un envío asíncrono (push): SNS invoca la función de forma asíncrona con un mensaje por invocación. Se aplican las reglas asíncronas de Lambda: el evento espera en la cola interna de Lambda, un fallo se reintenta dos veces, un evento se conserva hasta 6 horas, y un destino en caso de fallo (SQS o SNS: una conexión de fallo) recoge lo que sigue fallando. Una suscripción también puede tener su propia cola de mensajes fallidos (dead-letter queue) para los mensajes que SNS no pudo entregar en absoluto.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 it is also an asynchronous push, through an HTTP/S subscription: SNS POSTs each message to the service's endpoint (which must confirm the subscription) and retries according to the delivery policy if the endpoint fails. The sturdier pattern is SNS → an SQS queue per consumer → workers that poll it: the queue absorbs bursts and keeps messages while the consumer is down or scaling.</source>
            <translation>Hacia contenedores y EC2 también es un envío asíncrono (push), mediante una suscripción HTTP/S: SNS hace un POST de cada mensaje al endpoint del servicio (que debe confirmar la suscripción) y reintenta según la política de entrega si el endpoint falla. El patrón más robusto es SNS → una cola SQS por consumidor → workers que la sondean: la cola absorbe las ráfagas y conserva los mensajes mientras el consumidor está caído o escalando.</translation>
        </message>
        <message>
            <source>SNS does not store messages for later reading: a message is delivered, retried, sent to a dead-letter queue or lost. FIFO topics add ordering and deduplication for delivery to SQS queues.</source>
            <translation>SNS no almacena mensajes para leerlos más tarde: un mensaje se entrega, se reintenta, se envía a una cola de mensajes fallidos o se pierde. Los temas FIFO añaden orden y deduplicación para la entrega a colas SQS.</translation>
        </message>
        <message>
            <source>Limits: a message is at most 256 KB; a standard topic in us-east-1 accepts up to 30,000 publishes per second by default; a topic can have millions of subscriptions.</source>
            <translation>Límites: un mensaje tiene como máximo 256 KB; un tema estándar en us-east-1 acepta hasta 30,000 publicaciones por segundo de forma predeterminada; un tema puede tener millones de suscripciones.</translation>
        </message>
        <message>
            <source>Cost: $0.50 per million publish requests (each 64 KB of payload counts as one request), and the first million requests a month are free. Deliveries to Lambda and to SQS cost nothing; HTTP/S deliveries cost $0.60 per million, and email and SMS are priced separately.</source>
            <translation>Coste: $0.50 por millón de solicitudes de publicación (cada 64 KB de carga útil cuenta como una solicitud), y el primer millón de solicitudes al mes es gratuito. Las entregas a Lambda y a SQS no cuestan nada; las entregas HTTP/S cuestan $0.60 por millón, y el correo electrónico y los SMS tienen precios aparte.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. A estos se suman los eventos que llegan por conexiones desde otros nodos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (relación pico/valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram. Usually 0: this node is normally fed by writes wired in on the canvas. Set a rate for traffic the diagram does not show (other systems or users). For a topic these are publishes.</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama. Normalmente 0: este nodo suele alimentarse con escrituras conectadas en el lienzo. Indique una tasa para el tráfico que el diagrama no muestra (otros sistemas o usuarios). Para un tema, son publicaciones.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico/valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa del sábado y el domingo como múltiplo de la tasa de un día laborable. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Maximum message size</source>
            <translation>Tamaño máximo de mensaje</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Payload billed per request</source>
            <translation>Carga útil facturada por solicitud</translation>
        </message>
        <message>
            <source>Publishes per second, standard topic, us-east-1 (default quota)</source>
            <translation>Publicaciones por segundo, tema estándar, us-east-1 (cuota predeterminada)</translation>
        </message>
        <message>
            <source>messages/s</source>
            <translation>mensajes/s</translation>
        </message>
        <message>
            <source>Free tier requests per month</source>
            <translation>Solicitudes de la capa gratuita al mes</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>solicitudes</translation>
        </message>
        <message>
            <source>Publish requests</source>
            <translation>Solicitudes de publicación</translation>
        </message>
        <message>
            <source>per million requests</source>
            <translation>por millón de solicitudes</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>topic</source>
            <translation>tema</translation>
        </message>
        <message>
            <source>publish</source>
            <translation>publicar</translation>
        </message>
        <message>
            <source>subscribe</source>
            <translation>suscribir</translation>
        </message>
        <message>
            <source>pub/sub</source>
            <translation>pub/sub</translation>
        </message>
        <message>
            <source>notification</source>
            <translation>notificación</translation>
        </message>
        <message>
            <source>fan-out</source>
            <translation>difusión</translation>
        </message>
    </context>
    <context>
        <name>catalog:sqs</name>
        <message>
            <source>Amazon SQS queue</source>
            <translation>Cola de Amazon SQS</translation>
        </message>
        <message>
            <source>SQS</source>
            <translation>SQS</translation>
        </message>
        <message>
            <source>A managed message queue that buffers work until consumers poll for it: Lambda's pollers or your own workers (queue poll); also a dead-letter or failure destination.</source>
            <translation>Una cola de mensajes gestionada que retiene el trabajo hasta que los consumidores lo sondean: los sondeadores de Lambda o sus propios workers (sondeo de cola); también un destino de mensajes fallidos o de fallo.</translation>
        </message>
        <message>
            <source>SQS is a fully managed message queue. Producers send messages; consumers receive them, process them and delete them. A received message is hidden for the visibility timeout; if it is not deleted in time it becomes visible again and is delivered again. Standard queues have nearly unlimited throughput, deliver at least once and keep only a best-effort order. FIFO queues keep order within a message group and process each message exactly once, at 300 API calls per second per action (3,000 messages per second with batches of 10, and much more in high-throughput mode).</source>
            <translation>SQS es una cola de mensajes totalmente gestionada. Los productores envían mensajes; los consumidores los reciben, los procesan y los eliminan. Un mensaje recibido queda oculto durante el tiempo de espera de visibilidad; si no se elimina a tiempo, vuelve a ser visible y se entrega de nuevo. Las colas estándar tienen un rendimiento casi ilimitado, entregan al menos una vez y solo mantienen el orden en la medida de lo posible. Las colas FIFO mantienen el orden dentro de un grupo de mensajes y procesan cada mensaje exactamente una vez, a 300 llamadas a la API por segundo por acción (3,000 mensajes por segundo con lotes de 10, y mucho más en modo de alto rendimiento).</translation>
        </message>
        <message>
            <source>Toward Lambda it is a queue poll. Lambda's event source mapping long-polls the queue and invokes the function synchronously with batches of messages (10 by default, up to 10,000 with a batching window). The pollers start with 5 concurrent batches and, while messages remain, add up to 300 more per minute, to at most 1,000 (the wire's maximum concurrency can cap this lower, from 2 to 1,000, to protect a downstream system). A sudden burst therefore waits in the queue for a few minutes while Lambda scales out: it builds a backlog, but nothing is lost and nobody sees a throttle. With a FIFO queue, concurrency is also limited by the number of message groups that have messages.</source>
            <translation>Hacia Lambda es un sondeo de cola. La asignación de origen de eventos (event source mapping) de Lambda sondea la cola con sondeo largo e invoca la función de forma síncrona con lotes de mensajes (10 de forma predeterminada, hasta 10,000 con una ventana de procesamiento por lotes). Los sondeadores empiezan con 5 lotes concurrentes y, mientras quedan mensajes, añaden hasta 300 más por minuto, hasta un máximo de 1,000 (la concurrencia máxima de la conexión puede limitarlo más, de 2 a 1,000, para proteger un sistema posterior). Por tanto, una ráfaga repentina espera en la cola unos minutos mientras Lambda escala: se acumula un atraso, pero no se pierde nada y nadie ve una limitación. Con una cola FIFO, la concurrencia también está limitada por el número de grupos de mensajes que tienen mensajes.</translation>
        </message>
        <message>
            <source>When a batch fails, its messages reappear after the visibility timeout and are retried; after the queue's maximum receive count they move to its dead-letter queue. Report partial batch failures so that only the failed messages return. Set the visibility timeout to at least six times the function's timeout.</source>
            <translation>Cuando un lote falla, sus mensajes reaparecen tras el tiempo de espera de visibilidad y se reintentan; tras el número máximo de recepciones de la cola pasan a su cola de mensajes fallidos. Notifique los fallos parciales del lote para que solo vuelvan los mensajes fallidos. Ajuste el tiempo de espera de visibilidad a al menos seis veces el tiempo de espera de la función.</translation>
        </message>
        <message>
            <source>Toward containers and EC2 it is also a queue poll: workers (an ECS service, an EKS deployment, an EC2 Auto Scaling group) call ReceiveMessage with long polling and scale on the queue's depth, ideally on backlog per task or instance. This is the standard way to feed containers from sources that cannot push to them: S3, IoT, or Config through EventBridge.</source>
            <translation>Hacia contenedores y EC2 también es un sondeo de cola: los workers (un servicio de ECS, un deployment de EKS, un grupo de Auto Scaling de EC2) llaman a ReceiveMessage con sondeo largo y escalan según la profundidad de la cola, idealmente según el atraso por tarea o instancia. Es la forma estándar de alimentar contenedores desde orígenes que no pueden enviarles eventos: S3, IoT, o Config a través de EventBridge.</translation>
        </message>
        <message>
            <source>As a destination, compute writes messages into a queue, an SNS topic can fan out into it, and a Lambda function can send the asynchronous events that still fail after their retries to it (a failure wire).</source>
            <translation>Como destino, el cómputo escribe mensajes en una cola, un tema SNS puede distribuir (fan-out) hacia ella, y una función Lambda puede enviarle los eventos asíncronos que siguen fallando tras sus reintentos (una conexión de fallo).</translation>
        </message>
        <message>
            <source>Limits: the visibility timeout is 0 s to 12 hours (30 s by default); messages are kept 60 s to 14 days (4 days by default); a message is at most 1 MiB (raised from 256 KiB in August 2025); a long poll waits at most 20 s; at most 120,000 messages can be in flight in a standard queue and 20,000 in a FIFO queue.</source>
            <translation>Límites: el tiempo de espera de visibilidad va de 0 s a 12 horas (30 s de forma predeterminada); los mensajes se conservan de 60 s a 14 días (4 días de forma predeterminada); un mensaje tiene como máximo 1 MiB (ampliado desde 256 KiB en agosto de 2025); un sondeo largo espera como máximo 20 s; puede haber como máximo 120,000 mensajes en tránsito en una cola estándar y 20,000 en una cola FIFO.</translation>
        </message>
        <message>
            <source>Cost: $0.40 per million requests for standard queues and $0.50 per million for FIFO queues; every API action counts (send, receive, delete, including empty receives), and each 64 KB of payload counts as one request. The first million requests a month are free. Lambda's pollers make receive calls even when the queue is empty, a small steady cost.</source>
            <translation>Coste: $0.40 por millón de solicitudes para colas estándar y $0.50 por millón para colas FIFO; cuenta cada acción de la API (envío, recepción, eliminación, incluidas las recepciones vacías), y cada 64 KB de carga útil cuenta como una solicitud. El primer millón de solicitudes al mes es gratuito. Los sondeadores de Lambda hacen llamadas de recepción incluso cuando la cola está vacía, un coste pequeño y constante.</translation>
        </message>
        <message>
            <source>FIFO queue</source>
            <translation>Cola FIFO</translation>
        </message>
        <message>
            <source>FIFO queues keep order within a message group and deliver exactly once; they cost $0.50 instead of $0.40 per million requests, and Lambda's concurrency is limited by the number of active message groups.</source>
            <translation>Las colas FIFO mantienen el orden dentro de un grupo de mensajes y entregan exactamente una vez; cuestan $0.50 en lugar de $0.40 por millón de solicitudes, y la concurrencia de Lambda está limitada por el número de grupos de mensajes activos.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>External arrivals: the events that enter the diagram at this node, as a rate over time. Events that arrive over wires from other nodes are added to these.</source>
            <translation>Llegadas externas: los eventos que entran en el diagrama por este nodo, como una tasa a lo largo del tiempo. A estos se suman los eventos que llegan por conexiones desde otros nodos.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>How the rate varies over time. constant: always the mean rate. diurnal: a daily cycle around the mean (peak to trough, peak hour). weekly: the daily cycle, with weekends scaled by the weekend factor. spiky: a steady rate with regular bursts. series: your own [time, rate] points, for example imported from CSV.</source>
            <translation>Cómo varía la tasa a lo largo del tiempo. constant: siempre la tasa media. diurnal: un ciclo diario en torno a la media (relación pico/valle, hora pico). weekly: el ciclo diario, con los fines de semana escalados por el factor de fin de semana. spiky: una tasa constante con ráfagas regulares. series: sus propios puntos [tiempo, tasa], por ejemplo importados desde CSV.</translation>
        </message>
        <message>
            <source>Mean rate</source>
            <translation>Tasa media</translation>
        </message>
        <message>
            <source>Mean events per second arriving from outside the diagram. Usually 0: this node is normally fed by writes wired in on the canvas. Set a rate for traffic the diagram does not show (other systems or users). For a queue these are messages sent.</source>
            <translation>Eventos medios por segundo que llegan desde fuera del diagrama. Normalmente 0: este nodo suele alimentarse con escrituras conectadas en el lienzo. Indique una tasa para el tráfico que el diagrama no muestra (otros sistemas o usuarios). Para una cola, son mensajes enviados.</translation>
        </message>
        <message>
            <source>events/s</source>
            <translation>eventos/s</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Peak to trough</source>
            <translation>Pico/valle</translation>
        </message>
        <message>
            <source>diurnal and weekly: the busiest hour's rate divided by the quietest hour's. 1 is flat.</source>
            <translation>diurnal y weekly: la tasa de la hora de mayor actividad dividida entre la de la hora más tranquila. 1 es plano.</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>Peak hour</source>
            <translation>Hora pico</translation>
        </message>
        <message>
            <source>diurnal and weekly: the hour of the daily peak, in UTC (0–23).</source>
            <translation>diurnal y weekly: la hora del pico diario, en UTC (0–23).</translation>
        </message>
        <message>
            <source>h UTC</source>
            <translation>h UTC</translation>
        </message>
        <message>
            <source>Weekend factor</source>
            <translation>Factor de fin de semana</translation>
        </message>
        <message>
            <source>weekly: the Saturday and Sunday rate as a multiple of the weekday rate. 0.5 is half as busy; above 1 is busier at weekends.</source>
            <translation>weekly: la tasa del sábado y el domingo como múltiplo de la tasa de un día laborable. 0.5 es la mitad de actividad; por encima de 1 hay más actividad los fines de semana.</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfaga</translation>
        </message>
        <message>
            <source>spiky: the rate during a burst, in events per second.</source>
            <translation>spiky: la tasa durante una ráfaga, en eventos por segundo.</translation>
        </message>
        <message>
            <source>Burst every</source>
            <translation>Ráfaga cada</translation>
        </message>
        <message>
            <source>spiky: the time from the start of one burst to the start of the next.</source>
            <translation>spiky: el tiempo desde el inicio de una ráfaga hasta el inicio de la siguiente.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Burst length</source>
            <translation>Duración de la ráfaga</translation>
        </message>
        <message>
            <source>spiky: how long each burst lasts.</source>
            <translation>spiky: cuánto dura cada ráfaga.</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>series: a list of [time in seconds from the start, events per second] points, linearly interpolated between points. Import them from a CSV file.</source>
            <translation>series: una lista de puntos [tiempo en segundos desde el inicio, eventos por segundo], con interpolación lineal entre puntos. Impórtelos desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Visibility timeout (default)</source>
            <translation>Tiempo de espera de visibilidad (predeterminado)</translation>
        </message>
        <message>
            <source>Visibility timeout (maximum)</source>
            <translation>Tiempo de espera de visibilidad (máximo)</translation>
        </message>
        <message>
            <source>Message retention (default)</source>
            <translation>Retención de mensajes (predeterminada)</translation>
        </message>
        <message>
            <source>Message retention (maximum)</source>
            <translation>Retención de mensajes (máxima)</translation>
        </message>
        <message>
            <source>Maximum message size</source>
            <translation>Tamaño máximo de mensaje</translation>
        </message>
        <message>
            <source>KiB</source>
            <translation>KiB</translation>
        </message>
        <message>
            <source>Longest long-poll wait</source>
            <translation>Espera máxima de un sondeo largo</translation>
        </message>
        <message>
            <source>In-flight messages, standard queue</source>
            <translation>Mensajes en tránsito, cola estándar</translation>
        </message>
        <message>
            <source>messages</source>
            <translation>mensajes</translation>
        </message>
        <message>
            <source>In-flight messages, FIFO queue</source>
            <translation>Mensajes en tránsito, cola FIFO</translation>
        </message>
        <message>
            <source>FIFO calls per second per action (without high throughput)</source>
            <translation>Llamadas FIFO por segundo por acción (sin alto rendimiento)</translation>
        </message>
        <message>
            <source>calls/s</source>
            <translation>llamadas/s</translation>
        </message>
        <message>
            <source>Payload billed per request</source>
            <translation>Carga útil facturada por solicitud</translation>
        </message>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>Lambda pollers: concurrent batches at start</source>
            <translation>Sondeadores de Lambda: lotes concurrentes al inicio</translation>
        </message>
        <message>
            <source>Lambda pollers: added per minute</source>
            <translation>Sondeadores de Lambda: añadidos por minuto</translation>
        </message>
        <message>
            <source>per minute</source>
            <translation>por minuto</translation>
        </message>
        <message>
            <source>Lambda pollers: maximum concurrent batches</source>
            <translation>Sondeadores de Lambda: máximo de lotes concurrentes</translation>
        </message>
        <message>
            <source>Free tier requests per month</source>
            <translation>Solicitudes de la capa gratuita al mes</translation>
        </message>
        <message>
            <source>requests</source>
            <translation>solicitudes</translation>
        </message>
        <message>
            <source>Standard queue requests</source>
            <translation>Solicitudes de cola estándar</translation>
        </message>
        <message>
            <source>per million requests</source>
            <translation>por millón de solicitudes</translation>
        </message>
        <message>
            <source>FIFO queue requests</source>
            <translation>Solicitudes de cola FIFO</translation>
        </message>
        <message>
            <source>poisson: requests arrive independently at random, as from many clients; the simulation then shows the random peaks, queues and throttles near capacity that an average hides. none: arrivals follow the profile exactly, evenly spaced (a scheduled feed).</source>
            <translation>poisson: las solicitudes llegan de forma independiente y aleatoria, como desde muchos clientes; la simulación muestra entonces los picos, colas y limitaciones aleatorios cerca de la capacidad que una media oculta. none: las llegadas siguen exactamente el perfil, espaciadas por igual (un flujo programado).</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>queue</source>
            <translation>cola</translation>
        </message>
        <message>
            <source>message</source>
            <translation>mensaje</translation>
        </message>
        <message>
            <source>buffer</source>
            <translation>búfer</translation>
        </message>
        <message>
            <source>dead-letter</source>
            <translation>mensajes fallidos</translation>
        </message>
        <message>
            <source>DLQ</source>
            <translation>DLQ</translation>
        </message>
        <message>
            <source>Under steady traffic that arrives at random, more pollers stay busy than full batches would need. Now and then a message finds every poller busy and waits, and Lambda adds a poller; a poller that comes back to an empty queue is let go. The pollers settle where the two balance: at 20 messages a second into a 2-second function about 13 stay busy, each taking about 3 messages, so the function runs (and bills) about 2.7 times the invocations that batches of 10 would make. A batching window (MaximumBatchingWindowInSeconds) is the setting that fills batches on purpose, at the price of waiting.</source>
            <translation>Con un tráfico constante que llega al azar, hay más sondeadores ocupados de los que necesitarían los lotes completos. De vez en cuando un mensaje encuentra a todos los sondeadores ocupados y espera, y Lambda añade un sondeador; el que vuelve a una cola vacía se retira. Los sondeadores se estabilizan donde ambos se equilibran: con 20 mensajes por segundo hacia una función de 2 segundos quedan ocupados unos 13, cada uno con unos 3 mensajes, de modo que la función ejecuta (y factura) unas 2,7 veces las invocaciones que harían lotes de 10. Una ventana de procesamiento por lotes (MaximumBatchingWindowInSeconds) es el ajuste que llena los lotes a propósito, a costa de esperar.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>archscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).
Run it on a desktop, or under a virtual display: xvfb-run -a archscope [FILE]
Headless commands work anywhere: archscope --help
</source>
            <translation>archscope: no se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas).
Ejecútelo en un escritorio o en una pantalla virtual: xvfb-run -a archscope [FILE]
Los comandos sin interfaz gráfica funcionan en cualquier lugar: archscope --help
</translation>
        </message>
        <message>
            <source>Choose AWS compute and sketch event-driven architectures.</source>
            <translation>Elija el cómputo de AWS y esboce arquitecturas orientadas a eventos.</translation>
        </message>
        <message>
            <source>Diagram to open.</source>
            <translation>Diagrama que se abrirá.</translation>
        </message>
        <message>
            <source>Save a picture of the window to PNG and quit.</source>
            <translation>Guarda una imagen de la ventana en PNG y sale.</translation>
        </message>
        <message>
            <source>Select the node with this id (for screenshots).</source>
            <translation>Selecciona el nodo con este id (para capturas de pantalla).</translation>
        </message>
        <message>
            <source>Colour scheme for this run: system, light or dark.</source>
            <translation>Esquema de colores para esta ejecución: system, light o dark.</translation>
        </message>
        <message>
            <source>Start in workshop (presentation) mode.</source>
            <translation>Inicia en modo taller (presentación).</translation>
        </message>
        <message>
            <source>Run the Simulation dock's request-by-request check first (for screenshots).</source>
            <translation>Ejecutar primero la comprobación petición a petición del panel Simulación (para capturas de pantalla).</translation>
        </message>
    </context>
    <context>
        <name>questionnaire</name>
        <message>
            <source>Every option starts at a fit of 50. Each answer adds or removes the points shown beside its reasons; the fit is that sum, kept within 0–100. A hard constraint excludes an option whatever its points.</source>
            <translation>Todas las opciones parten de una adecuación de 50. Cada respuesta suma o resta los puntos indicados junto a sus motivos; la adecuación es esa suma, limitada a 0–100. Una restricción estricta excluye una opción sean cuales sean sus puntos.</translation>
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
            <translation>Máquinas virtuales: la máquina es la unidad de escalado. EC2 abstrae el hardware; el sistema operativo y todo lo que está por encima son suyos.</translation>
        </message>
        <message>
            <source>Control over provisioning, scaling and managing server capacity</source>
            <translation>Control sobre el aprovisionamiento, el escalado y la gestión de la capacidad de los servidores</translation>
        </message>
        <message>
            <source>Customising the operating system and runtime environment</source>
            <translation>Personalización del sistema operativo y del entorno de ejecución</translation>
        </message>
        <message>
            <source>Stateful applications that keep data on local disks or in memory</source>
            <translation>Aplicaciones con estado que guardan datos en discos locales o en memoria</translation>
        </message>
        <message>
            <source>A large memory or disk footprint, or GPUs</source>
            <translation>Un gran consumo de memoria o disco, o GPU</translation>
        </message>
        <message>
            <source>Work that runs for longer than 15 minutes</source>
            <translation>Trabajo que se ejecuta durante más de 15 minutos</translation>
        </message>
        <message>
            <source>Lift and shift: moving existing servers as they are</source>
            <translation>Lift and shift: migrar servidores existentes tal como están</translation>
        </message>
        <message>
            <source>ECS on EC2</source>
            <translation>ECS en EC2</translation>
        </message>
        <message>
            <source>Amazon ECS on EC2</source>
            <translation>Amazon ECS en EC2</translation>
        </message>
        <message>
            <source>Containers: the application is the unit of scale. Containers abstract the operating system; with ECS on EC2 you still choose, run and scale the container hosts.</source>
            <translation>Contenedores: la aplicación es la unidad de escalado. Los contenedores abstraen el sistema operativo; con ECS en EC2 usted sigue eligiendo, ejecutando y escalando los hosts de contenedores.</translation>
        </message>
        <message>
            <source>Managed orchestration of Docker containers on hosts you control</source>
            <translation>Orquestación gestionada de contenedores Docker en hosts que usted controla</translation>
        </message>
        <message>
            <source>Microservice-based applications</source>
            <translation>Aplicaciones basadas en microservicios</translation>
        </message>
        <message>
            <source>Long-running applications and batch jobs</source>
            <translation>Aplicaciones de larga duración y trabajos por lotes</translation>
        </message>
        <message>
            <source>Fine-grained access control: an IAM role per task</source>
            <translation>Control de acceso detallado: un rol de IAM por tarea</translation>
        </message>
        <message>
            <source>Running the servers, configuring the applications and controlling scaling yourself</source>
            <translation>Ejecutar los servidores, configurar las aplicaciones y controlar el escalado uno mismo</translation>
        </message>
        <message>
            <source>Fargate</source>
            <translation>Fargate</translation>
        </message>
        <message>
            <source>Amazon ECS on AWS Fargate</source>
            <translation>Amazon ECS en AWS Fargate</translation>
        </message>
        <message>
            <source>Containers: the application is the unit of scale. Fargate also takes the hosts away: you specify CPU, memory, networking and IAM policies per task, and AWS runs it.</source>
            <translation>Contenedores: la aplicación es la unidad de escalado. Fargate también elimina los hosts: usted especifica CPU, memoria, red y políticas de IAM por tarea, y AWS la ejecuta.</translation>
        </message>
        <message>
            <source>Containers without provisioning, configuring or scaling clusters of virtual machines</source>
            <translation>Contenedores sin aprovisionar, configurar ni escalar clústeres de máquinas virtuales</translation>
        </message>
        <message>
            <source>Microservices and long-running services with no time limit</source>
            <translation>Microservicios y servicios de larga duración sin límite de tiempo</translation>
        </message>
        <message>
            <source>Batch jobs that run longer than Lambda allows</source>
            <translation>Trabajos por lotes que duran más de lo que permite Lambda</translation>
        </message>
        <message>
            <source>Paying per second for the CPU and memory a task asks for (ECS and EKS can both run on Fargate; there is no GPU)</source>
            <translation>Pagar por segundo la CPU y la memoria que solicita una tarea (tanto ECS como EKS pueden ejecutarse en Fargate; no hay GPU)</translation>
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
            <translation>Contenedores: la aplicación (un pod de Kubernetes) es la unidad de escalado. EKS ejecuta el plano de control de Kubernetes por usted; los pods se ejecutan en nodos EC2 o en Fargate.</translation>
        </message>
        <message>
            <source>Teams and tools that already speak Kubernetes</source>
            <translation>Equipos y herramientas que ya hablan Kubernetes</translation>
        </message>
        <message>
            <source>Portability of manifests and Helm charts across clouds and data centres</source>
            <translation>Portabilidad de manifiestos y charts de Helm entre nubes y centros de datos</translation>
        </message>
        <message>
            <source>A managed, highly available Kubernetes control plane with automated upgrades and patching</source>
            <translation>Un plano de control de Kubernetes gestionado y de alta disponibilidad, con actualizaciones y parches automatizados</translation>
        </message>
        <message>
            <source>GPU workloads on EC2 node groups</source>
            <translation>Cargas de trabajo con GPU en grupos de nodos EC2</translation>
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
            <translation>Funciones: la invocación de la función es la unidad de escalado. Lambda abstrae también el runtime del lenguaje; usted solo aporta el código.</translation>
        </message>
        <message>
            <source>Managed provisioning, scaling, high availability and utilisation</source>
            <translation>Aprovisionamiento, escalado, alta disponibilidad y utilización gestionados</translation>
        </message>
        <message>
            <source>Event-driven workloads and serverless data processing</source>
            <translation>Cargas de trabajo orientadas a eventos y procesamiento de datos serverless</translation>
        </message>
        <message>
            <source>Work that finishes within 15 minutes, in at most 10,240 MB of memory</source>
            <translation>Trabajo que termina en 15 minutos, con un máximo de 10,240 MB de memoria</translation>
        </message>
        <message>
            <source>Never paying for idle: billed per request and per millisecond</source>
            <translation>No pagar nunca por el tiempo inactivo: facturación por solicitud y por milisegundo</translation>
        </message>
        <message>
            <source>Running code only when it is needed</source>
            <translation>Ejecutar código solo cuando se necesita</translation>
        </message>
        <message>
            <source>Run time</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Execution time</source>
            <translation>Tiempo de ejecución</translation>
        </message>
        <message>
            <source>How long does one piece of work (a request, an event, a job) run?</source>
            <translation>¿Cuánto dura una unidad de trabajo (una solicitud, un evento, un trabajo)?</translation>
        </message>
        <message>
            <source>Lambda stops a function after at most 15 minutes (900 seconds). Containers and virtual machines have no such limit, so long-running services and long batch jobs belong there. Very short work is where paying per millisecond shines.</source>
            <translation>Lambda detiene una función tras 15 minutos (900 segundos) como máximo. Los contenedores y las máquinas virtuales no tienen ese límite, por lo que los servicios de larga duración y los trabajos por lotes largos corresponden ahí. El trabajo muy breve es donde destaca el pago por milisegundo.</translation>
        </message>
        <message>
            <source>Under a second</source>
            <translation>Menos de un segundo</translation>
        </message>
        <message>
            <source>Lambda bills per millisecond of run time, so work that finishes in under a second costs little and needs no server waiting for it.</source>
            <translation>Lambda factura por milisegundo de ejecución, así que el trabajo que termina en menos de un segundo cuesta poco y no necesita ningún servidor esperándolo.</translation>
        </message>
        <message>
            <source>Seconds to 15 minutes</source>
            <translation>De segundos a 15 minutos</translation>
        </message>
        <message>
            <source>The work fits within Lambda's 15-minute maximum run time.</source>
            <translation>El trabajo cabe dentro del tiempo máximo de ejecución de 15 minutos de Lambda.</translation>
        </message>
        <message>
            <source>Containers handle jobs of several minutes well and bill per second while they run.</source>
            <translation>Los contenedores manejan bien trabajos de varios minutos y facturan por segundo mientras se ejecutan.</translation>
        </message>
        <message>
            <source>Containers handle jobs of several minutes well.</source>
            <translation>Los contenedores manejan bien trabajos de varios minutos.</translation>
        </message>
        <message>
            <source>Longer than 15 minutes</source>
            <translation>Más de 15 minutos</translation>
        </message>
        <message>
            <source>Lambda stops every invocation after at most 15 minutes (900 seconds), so work that runs longer cannot run there (unless you split it into steps, for example with Step Functions).</source>
            <translation>Lambda detiene cada invocación tras 15 minutos (900 segundos) como máximo, así que el trabajo que dura más no puede ejecutarse ahí (salvo que lo divida en pasos, por ejemplo con Step Functions).</translation>
        </message>
        <message>
            <source>Fargate tasks and services run as long as they need to, with no time limit.</source>
            <translation>Las tareas y servicios de Fargate se ejecutan todo el tiempo que necesiten, sin límite de tiempo.</translation>
        </message>
        <message>
            <source>ECS is chosen for long-running applications and batch jobs: tasks have no time limit.</source>
            <translation>ECS se elige para aplicaciones de larga duración y trabajos por lotes: las tareas no tienen límite de tiempo.</translation>
        </message>
        <message>
            <source>Kubernetes pods and jobs have no time limit.</source>
            <translation>Los pods y jobs de Kubernetes no tienen límite de tiempo.</translation>
        </message>
        <message>
            <source>An instance runs for as long as you keep it, so long-running work is no problem.</source>
            <translation>Una instancia se ejecuta mientras usted la mantenga, así que el trabajo de larga duración no es problema.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Stateful or stateless</source>
            <translation>Con estado o sin estado</translation>
        </message>
        <message>
            <source>Does the application keep state between requests (in memory or on local disk)?</source>
            <translation>¿Guarda la aplicación estado entre solicitudes (en memoria o en disco local)?</translation>
        </message>
        <message>
            <source>A stateless application keeps nothing it needs between requests: state lives in a database such as DynamoDB or in S3. Lambda must be stateless: an execution environment can be reused, but may vanish at any time. Virtual machines keep their memory and disks, which suits stateful software.</source>
            <translation>Una aplicación sin estado no guarda nada que necesite entre solicitudes: el estado reside en una base de datos como DynamoDB o en S3. Lambda debe ser sin estado: un entorno de ejecución puede reutilizarse, pero puede desaparecer en cualquier momento. Las máquinas virtuales conservan su memoria y sus discos, lo que conviene al software con estado.</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>Sin estado</translation>
        </message>
        <message>
            <source>Lambda is built for stateless code: any execution environment can serve any event.</source>
            <translation>Lambda está hecho para código sin estado: cualquier entorno de ejecución puede atender cualquier evento.</translation>
        </message>
        <message>
            <source>Stateless tasks can be started and stopped freely, which is how Fargate scales.</source>
            <translation>Las tareas sin estado pueden iniciarse y detenerse libremente, que es como escala Fargate.</translation>
        </message>
        <message>
            <source>Stateful</source>
            <translation>Con estado</translation>
        </message>
        <message>
            <source>EC2 is chosen for stateful applications: an instance keeps its memory and its EBS disks between requests.</source>
            <translation>EC2 se elige para aplicaciones con estado: una instancia conserva su memoria y sus discos EBS entre solicitudes.</translation>
        </message>
        <message>
            <source>ECS tasks on EC2 can mount host, EBS or EFS volumes to keep state.</source>
            <translation>Las tareas de ECS en EC2 pueden montar volúmenes del host, EBS o EFS para conservar el estado.</translation>
        </message>
        <message>
            <source>Kubernetes StatefulSets with persistent volumes are made for stateful workloads.</source>
            <translation>Los StatefulSets de Kubernetes con volúmenes persistentes están hechos para cargas de trabajo con estado.</translation>
        </message>
        <message>
            <source>Fargate task storage is ephemeral; state must live on EFS or in a database.</source>
            <translation>El almacenamiento de las tareas de Fargate es efímero; el estado debe residir en EFS o en una base de datos.</translation>
        </message>
        <message>
            <source>Lambda is stateless: an execution environment can disappear at any time, so state must be kept in DynamoDB, S3 or another store.</source>
            <translation>Lambda no tiene estado: un entorno de ejecución puede desaparecer en cualquier momento, así que el estado debe guardarse en DynamoDB, S3 u otro almacén.</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>Event-driven, steady or batch</source>
            <translation>Orientada a eventos, constante o por lotes</translation>
        </message>
        <message>
            <source>What does the load look like?</source>
            <translation>¿Cómo es la carga?</translation>
        </message>
        <message>
            <source>Event-driven work reacts to something that happened: a file uploaded to S3, a message on SNS or SQS, a record in a Kinesis or DynamoDB stream, an EventBridge rule. Lambda is invoked by these events directly. Steady, busy traffic keeps provisioned containers or instances well used. Mostly idle traffic is where "never pay for idle" matters most.</source>
            <translation>El trabajo orientado a eventos reacciona a algo que ha ocurrido: un archivo cargado en S3, un mensaje en SNS o SQS, un registro en un flujo de Kinesis o de DynamoDB, una regla de EventBridge. Estos eventos invocan Lambda directamente. El tráfico constante e intenso mantiene bien aprovechados los contenedores o instancias aprovisionados. El tráfico mayormente inactivo es donde más importa "no pagar nunca por el tiempo inactivo".</translation>
        </message>
        <message>
            <source>Event-driven (bursts of events)</source>
            <translation>Orientada a eventos (ráfagas de eventos)</translation>
        </message>
        <message>
            <source>Lambda is chosen for event-driven workloads: S3, SNS, SQS, Kinesis, DynamoDB Streams and EventBridge invoke it directly, and it scales with the events.</source>
            <translation>Lambda se elige para cargas de trabajo orientadas a eventos: S3, SNS, SQS, Kinesis, DynamoDB Streams y EventBridge lo invocan directamente, y escala con los eventos.</translation>
        </message>
        <message>
            <source>Fargate can consume events through a queue or an EventBridge rule that starts tasks.</source>
            <translation>Fargate puede consumir eventos a través de una cola o de una regla de EventBridge que inicia tareas.</translation>
        </message>
        <message>
            <source>Instances take minutes to launch, so bursts of events need capacity kept in reserve.</source>
            <translation>Las instancias tardan minutos en arrancar, así que las ráfagas de eventos necesitan capacidad en reserva.</translation>
        </message>
        <message>
            <source>Steady and busy</source>
            <translation>Constante e intensa</translation>
        </message>
        <message>
            <source>Steady load keeps tasks busy, so paying per task-hour is efficient.</source>
            <translation>Una carga constante mantiene ocupadas las tareas, así que pagar por hora de tarea es eficiente.</translation>
        </message>
        <message>
            <source>Steady load keeps container hosts well used, where EC2 capacity is cheapest.</source>
            <translation>Una carga constante mantiene bien aprovechados los hosts de contenedores, donde la capacidad de EC2 es más barata.</translation>
        </message>
        <message>
            <source>Steady load keeps instances well used, where EC2 capacity is cheapest (and Savings Plans apply).</source>
            <translation>Una carga constante mantiene bien aprovechadas las instancias, donde la capacidad de EC2 es más barata (y se aplican los Savings Plans).</translation>
        </message>
        <message>
            <source>Steady load keeps the cluster's nodes well used.</source>
            <translation>Una carga constante mantiene bien aprovechados los nodos del clúster.</translation>
        </message>
        <message>
            <source>At constant high load, paying per request and per millisecond can cost more than capacity that is always on.</source>
            <translation>Con una carga alta y constante, pagar por solicitud y por milisegundo puede costar más que una capacidad siempre encendida.</translation>
        </message>
        <message>
            <source>Scheduled or batch jobs</source>
            <translation>Trabajos programados o por lotes</translation>
        </message>
        <message>
            <source>A scheduled rule can start a Fargate task for each batch and you pay only while it runs.</source>
            <translation>Una regla programada puede iniciar una tarea de Fargate por cada lote y solo se paga mientras se ejecuta.</translation>
        </message>
        <message>
            <source>ECS is chosen for batch jobs (AWS Batch runs on it too).</source>
            <translation>ECS se elige para trabajos por lotes (AWS Batch también se ejecuta sobre él).</translation>
        </message>
        <message>
            <source>An EventBridge schedule can invoke a function for short batches.</source>
            <translation>Una programación de EventBridge puede invocar una función para lotes cortos.</translation>
        </message>
        <message>
            <source>Instances sit idle between batches unless you script starting and stopping them.</source>
            <translation>Las instancias quedan inactivas entre lotes salvo que automatice su inicio y detención con scripts.</translation>
        </message>
        <message>
            <source>Mostly idle</source>
            <translation>Mayormente inactiva</translation>
        </message>
        <message>
            <source>Lambda costs nothing while no events arrive: you never pay for idle.</source>
            <translation>Lambda no cuesta nada mientras no llegan eventos: nunca se paga por el tiempo inactivo.</translation>
        </message>
        <message>
            <source>A Fargate service keeps at least one task running and billed unless it scales to zero.</source>
            <translation>Un servicio de Fargate mantiene al menos una tarea en ejecución y facturada salvo que escale a cero.</translation>
        </message>
        <message>
            <source>Container hosts are billed every hour whether they work or not.</source>
            <translation>Los hosts de contenedores se facturan cada hora, trabajen o no.</translation>
        </message>
        <message>
            <source>Instances are billed every second they run, busy or idle.</source>
            <translation>Las instancias se facturan por cada segundo que se ejecutan, ocupadas o inactivas.</translation>
        </message>
        <message>
            <source>An EKS cluster's control plane costs $0.10 an hour (about $73 a month) even when nothing runs.</source>
            <translation>El plano de control de un clúster de EKS cuesta $0.10 la hora (unos $73 al mes) aunque no se ejecute nada.</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Control</translation>
        </message>
        <message>
            <source>Control of OS and runtime</source>
            <translation>Control del SO y del runtime</translation>
        </message>
        <message>
            <source>How much of the environment do you need to control?</source>
            <translation>¿Cuánto del entorno necesita controlar?</translation>
        </message>
        <message>
            <source>Each step up abstracts more away. With virtual machines (EC2) the machine is the unit of scale and the hardware is abstracted: the operating system is yours. With containers (ECS, Fargate, EKS) the application is the unit of scale and the operating system is abstracted: the runtime and libraries in the image are yours. With functions (Lambda) the function is the unit of scale and the language runtime is abstracted: only your code is yours.</source>
            <translation>Cada nivel superior abstrae más cosas. Con máquinas virtuales (EC2), la máquina es la unidad de escalado y el hardware queda abstraído: el sistema operativo es suyo. Con contenedores (ECS, Fargate, EKS), la aplicación es la unidad de escalado y el sistema operativo queda abstraído: el runtime y las bibliotecas de la imagen son suyos. Con funciones (Lambda), la función es la unidad de escalado y el runtime del lenguaje queda abstraído: solo su código es suyo.</translation>
        </message>
        <message>
            <source>The operating system and hardware</source>
            <translation>El sistema operativo y el hardware</translation>
        </message>
        <message>
            <source>EC2 is chosen when you want to configure machines, storage, networking and the operating system yourself.</source>
            <translation>EC2 se elige cuando se quiere configurar uno mismo las máquinas, el almacenamiento, la red y el sistema operativo.</translation>
        </message>
        <message>
            <source>With ECS on EC2 you choose and configure the container hosts.</source>
            <translation>Con ECS en EC2, usted elige y configura los hosts de contenedores.</translation>
        </message>
        <message>
            <source>EKS node groups on EC2 let you choose instance types and node images.</source>
            <translation>Los grupos de nodos de EKS en EC2 permiten elegir tipos de instancia e imágenes de nodo.</translation>
        </message>
        <message>
            <source>Fargate hides the hosts: you cannot choose the operating system, kernel or instance type.</source>
            <translation>Fargate oculta los hosts: no se puede elegir el sistema operativo, el kernel ni el tipo de instancia.</translation>
        </message>
        <message>
            <source>Lambda hides the operating system and the hardware completely.</source>
            <translation>Lambda oculta por completo el sistema operativo y el hardware.</translation>
        </message>
        <message>
            <source>The runtime and libraries</source>
            <translation>El runtime y las bibliotecas</translation>
        </message>
        <message>
            <source>A container image fixes the runtime, libraries and OS packages, and Fargate runs it without hosts to manage.</source>
            <translation>Una imagen de contenedor fija el runtime, las bibliotecas y los paquetes del SO, y Fargate la ejecuta sin hosts que gestionar.</translation>
        </message>
        <message>
            <source>A container image fixes the runtime, libraries and OS packages.</source>
            <translation>Una imagen de contenedor fija el runtime, las bibliotecas y los paquetes del SO.</translation>
        </message>
        <message>
            <source>On an instance you can install any runtime, though you also maintain the OS beneath it.</source>
            <translation>En una instancia se puede instalar cualquier runtime, aunque también hay que mantener el SO que hay debajo.</translation>
        </message>
        <message>
            <source>Lambda offers managed runtimes, custom runtimes and container images, but the execution environment and its limits stay Lambda's.</source>
            <translation>Lambda ofrece runtimes gestionados, runtimes personalizados e imágenes de contenedor, pero el entorno de ejecución y sus límites siguen siendo los de Lambda.</translation>
        </message>
        <message>
            <source>Only our code</source>
            <translation>Solo nuestro código</translation>
        </message>
        <message>
            <source>With Lambda you bring only code; provisioning, scaling, patching and availability are managed for you.</source>
            <translation>Con Lambda solo se aporta código; el aprovisionamiento, el escalado, los parches y la disponibilidad se gestionan por usted.</translation>
        </message>
        <message>
            <source>Fargate manages the hosts, though you still build and maintain the container image.</source>
            <translation>Fargate gestiona los hosts, aunque usted sigue creando y manteniendo la imagen de contenedor.</translation>
        </message>
        <message>
            <source>ECS on EC2 leaves you the container hosts to run and patch.</source>
            <translation>ECS en EC2 le deja a usted los hosts de contenedores que ejecutar y parchear.</translation>
        </message>
        <message>
            <source>Kubernetes adds a cluster, nodes and manifests to look after.</source>
            <translation>Kubernetes añade un clúster, nodos y manifiestos que cuidar.</translation>
        </message>
        <message>
            <source>EC2 leaves you the whole operating system to run and patch.</source>
            <translation>EC2 le deja a usted todo el sistema operativo que ejecutar y parchear.</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Punto de partida</translation>
        </message>
        <message>
            <source>Lift and shift</source>
            <translation>Migración tal cual (lift and shift)</translation>
        </message>
        <message>
            <source>Where does the application come from?</source>
            <translation>¿De dónde procede la aplicación?</translation>
        </message>
        <message>
            <source>Lift and shift (rehosting) moves existing servers to the cloud as they are: that is what EC2 is for. Applications already packaged as containers move to ECS, Fargate or EKS. New code can be written as functions from the start.</source>
            <translation>Lift and shift (rehospedaje) traslada servidores existentes a la nube tal como están: para eso está EC2. Las aplicaciones ya empaquetadas como contenedores pasan a ECS, Fargate o EKS. El código nuevo puede escribirse como funciones desde el principio.</translation>
        </message>
        <message>
            <source>Existing servers, moved as they are</source>
            <translation>Servidores existentes, migrados tal como están</translation>
        </message>
        <message>
            <source>EC2 is chosen for lift and shift: existing servers move as they are (for example with AWS Application Migration Service).</source>
            <translation>EC2 se elige para lift and shift: los servidores existentes se migran tal como están (por ejemplo con AWS Application Migration Service).</translation>
        </message>
        <message>
            <source>Moving to Fargate means packaging the application as containers first.</source>
            <translation>Pasar a Fargate implica empaquetar primero la aplicación como contenedores.</translation>
        </message>
        <message>
            <source>Moving to EKS means packaging the application as containers and writing Kubernetes manifests first.</source>
            <translation>Pasar a EKS implica empaquetar primero la aplicación como contenedores y escribir manifiestos de Kubernetes.</translation>
        </message>
        <message>
            <source>Moving to Lambda means rewriting the application as event handlers.</source>
            <translation>Pasar a Lambda implica reescribir la aplicación como handlers de eventos.</translation>
        </message>
        <message>
            <source>Already in containers</source>
            <translation>Ya en contenedores</translation>
        </message>
        <message>
            <source>Existing container images run on Fargate as they are, without any servers.</source>
            <translation>Las imágenes de contenedor existentes se ejecutan en Fargate tal como están, sin ningún servidor.</translation>
        </message>
        <message>
            <source>Existing container images run on ECS as they are.</source>
            <translation>Las imágenes de contenedor existentes se ejecutan en ECS tal como están.</translation>
        </message>
        <message>
            <source>Existing container images run on EKS as they are.</source>
            <translation>Las imágenes de contenedor existentes se ejecutan en EKS tal como están.</translation>
        </message>
        <message>
            <source>Running containers directly on instances means building your own orchestration.</source>
            <translation>Ejecutar contenedores directamente en instancias implica construir su propia orquestación.</translation>
        </message>
        <message>
            <source>Lambda runs container images only if they implement the Lambda runtime interface and fit its limits.</source>
            <translation>Lambda ejecuta imágenes de contenedor solo si implementan la interfaz de runtime de Lambda y se ajustan a sus límites.</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Código nuevo</translation>
        </message>
        <message>
            <source>New code can be designed as small stateless functions from the start.</source>
            <translation>El código nuevo puede diseñarse como pequeñas funciones sin estado desde el principio.</translation>
        </message>
        <message>
            <source>New code can be packaged as containers from the start.</source>
            <translation>El código nuevo puede empaquetarse como contenedores desde el principio.</translation>
        </message>
        <message>
            <source>Orchestration</source>
            <translation>Orquestación</translation>
        </message>
        <message>
            <source>Microservices and orchestrators</source>
            <translation>Microservicios y orquestadores</translation>
        </message>
        <message>
            <source>Which orchestrator should run the services?</source>
            <translation>¿Qué orquestador debe ejecutar los servicios?</translation>
        </message>
        <message>
            <source>Microservice applications need something to place, restart and scale many services. Amazon ECS is AWS's own container orchestrator, integrated with IAM, load balancers and CloudWatch. Amazon EKS is managed Kubernetes: the same manifests and tools as anywhere else. Lambda needs no orchestrator at all.</source>
            <translation>Las aplicaciones de microservicios necesitan algo que ubique, reinicie y escale muchos servicios. Amazon ECS es el orquestador de contenedores propio de AWS, integrado con IAM, los balanceadores de carga y CloudWatch. Amazon EKS es Kubernetes gestionado: los mismos manifiestos y herramientas que en cualquier otro lugar. Lambda no necesita ningún orquestador.</translation>
        </message>
        <message>
            <source>Kubernetes</source>
            <translation>Kubernetes</translation>
        </message>
        <message>
            <source>EKS is the Kubernetes choice: a managed control plane where your manifests, Helm charts and tools work unchanged.</source>
            <translation>EKS es la opción de Kubernetes: un plano de control gestionado en el que sus manifiestos, charts de Helm y herramientas funcionan sin cambios.</translation>
        </message>
        <message>
            <source>ECS is not Kubernetes: manifests and Kubernetes tools do not apply.</source>
            <translation>ECS no es Kubernetes: los manifiestos y las herramientas de Kubernetes no se aplican.</translation>
        </message>
        <message>
            <source>ECS on Fargate is not Kubernetes (EKS can use Fargate for its pods instead).</source>
            <translation>ECS en Fargate no es Kubernetes (EKS puede usar Fargate para sus pods en su lugar).</translation>
        </message>
        <message>
            <source>Running Kubernetes yourself on EC2 is the work EKS saves you.</source>
            <translation>Ejecutar Kubernetes usted mismo en EC2 es el trabajo que EKS le ahorra.</translation>
        </message>
        <message>
            <source>Lambda functions are not managed through Kubernetes.</source>
            <translation>Las funciones Lambda no se gestionan a través de Kubernetes.</translation>
        </message>
        <message>
            <source>AWS-native (ECS)</source>
            <translation>Nativo de AWS (ECS)</translation>
        </message>
        <message>
            <source>ECS is AWS's own orchestrator, chosen for microservices that integrate with IAM, load balancers and CloudWatch.</source>
            <translation>ECS es el orquestador propio de AWS, elegido para microservicios que se integran con IAM, los balanceadores de carga y CloudWatch.</translation>
        </message>
        <message>
            <source>ECS on Fargate is AWS's own orchestrator without any hosts to manage.</source>
            <translation>ECS en Fargate es el orquestador propio de AWS sin hosts que gestionar.</translation>
        </message>
        <message>
            <source>Lambda integrates natively with AWS services and needs no orchestrator.</source>
            <translation>Lambda se integra de forma nativa con los servicios de AWS y no necesita orquestador.</translation>
        </message>
        <message>
            <source>Kubernetes adds a layer of its own on top of AWS.</source>
            <translation>Kubernetes añade una capa propia por encima de AWS.</translation>
        </message>
        <message>
            <source>None wanted</source>
            <translation>No se desea ninguno</translation>
        </message>
        <message>
            <source>Lambda needs no orchestrator: each function scales on its own.</source>
            <translation>Lambda no necesita orquestador: cada función escala por sí sola.</translation>
        </message>
        <message>
            <source>An Auto Scaling group runs instances without a container orchestrator.</source>
            <translation>Un grupo de Auto Scaling ejecuta instancias sin un orquestador de contenedores.</translation>
        </message>
        <message>
            <source>EKS is an orchestrator, which you said you do not want.</source>
            <translation>EKS es un orquestador, y usted ha indicado que no lo quiere.</translation>
        </message>
        <message>
            <source>Footprint</source>
            <translation>Consumo de recursos</translation>
        </message>
        <message>
            <source>Memory and disk footprint</source>
            <translation>Consumo de memoria y disco</translation>
        </message>
        <message>
            <source>How much memory or local disk does one instance of the work need?</source>
            <translation>¿Cuánta memoria o disco local necesita una instancia del trabajo?</translation>
        </message>
        <message>
            <source>Large means more than 10 GB of memory or of local disk. A Lambda function has at most 10,240 MB of memory and at most 10,240 MB of /tmp storage. Fargate tasks reach 120 GB of memory and 200 GB of ephemeral storage; EC2 instances reach terabytes.</source>
            <translation>Grande significa más de 10 GB de memoria o de disco local. Una función Lambda tiene como máximo 10,240 MB de memoria y como máximo 10,240 MB de almacenamiento /tmp. Las tareas de Fargate llegan a 120 GB de memoria y 200 GB de almacenamiento efímero; las instancias EC2 llegan a terabytes.</translation>
        </message>
        <message>
            <source>Up to 10 GB</source>
            <translation>Hasta 10 GB</translation>
        </message>
        <message>
            <source>The work fits within Lambda's 10,240 MB of memory and /tmp.</source>
            <translation>El trabajo cabe dentro de los 10,240 MB de memoria y de /tmp de Lambda.</translation>
        </message>
        <message>
            <source>Small tasks on Fargate are billed only for the CPU and memory they ask for.</source>
            <translation>Las tareas pequeñas en Fargate solo se facturan por la CPU y la memoria que solicitan.</translation>
        </message>
        <message>
            <source>More than 10 GB</source>
            <translation>Más de 10 GB</translation>
        </message>
        <message>
            <source>A Lambda function has at most 10,240 MB of memory and at most 10,240 MB of /tmp storage, so a larger footprint cannot run there.</source>
            <translation>Una función Lambda tiene como máximo 10,240 MB de memoria y como máximo 10,240 MB de almacenamiento /tmp, así que un consumo mayor no puede ejecutarse ahí.</translation>
        </message>
        <message>
            <source>EC2 is chosen for a large disk or memory footprint: instances offer up to terabytes of memory and large EBS or instance-store disks.</source>
            <translation>EC2 se elige para un gran consumo de disco o memoria: las instancias ofrecen hasta terabytes de memoria y discos EBS o de almacén de instancia de gran tamaño.</translation>
        </message>
        <message>
            <source>ECS on EC2 can use large instances for memory-hungry tasks.</source>
            <translation>ECS en EC2 puede usar instancias grandes para tareas que consumen mucha memoria.</translation>
        </message>
        <message>
            <source>EKS node groups can use large instances for memory-hungry pods.</source>
            <translation>Los grupos de nodos de EKS pueden usar instancias grandes para pods que consumen mucha memoria.</translation>
        </message>
        <message>
            <source>A Fargate task can have up to 120 GB of memory and 200 GB of ephemeral storage.</source>
            <translation>Una tarea de Fargate puede tener hasta 120 GB de memoria y 200 GB de almacenamiento efímero.</translation>
        </message>
        <message>
            <source>Paying for idle</source>
            <translation>Pago por inactividad</translation>
        </message>
        <message>
            <source>Never pay for idle</source>
            <translation>No pagar nunca por el tiempo inactivo</translation>
        </message>
        <message>
            <source>Should you avoid paying for capacity that sits idle?</source>
            <translation>¿Debe evitarse pagar por capacidad que está inactiva?</translation>
        </message>
        <message>
            <source>Provisioned capacity (instances, container hosts, tasks) is billed while it runs, busy or not. Lambda bills per request and per millisecond of run time, so idle costs nothing. When the load never drops, paying for idle capacity does not matter much.</source>
            <translation>La capacidad aprovisionada (instancias, hosts de contenedores, tareas) se factura mientras se ejecuta, esté ocupada o no. Lambda factura por solicitud y por milisegundo de ejecución, así que la inactividad no cuesta nada. Cuando la carga nunca baja, pagar por capacidad inactiva no importa mucho.</translation>
        </message>
        <message>
            <source>Yes, avoid it</source>
            <translation>Sí, evitarlo</translation>
        </message>
        <message>
            <source>Lambda is billed per request and per millisecond, so you never pay for idle.</source>
            <translation>Lambda se factura por solicitud y por milisegundo, así que nunca se paga por el tiempo inactivo.</translation>
        </message>
        <message>
            <source>Fargate bills per second for what tasks ask for, and tasks can scale in when idle.</source>
            <translation>Fargate factura por segundo lo que solicitan las tareas, y las tareas pueden reducirse cuando están inactivas.</translation>
        </message>
        <message>
            <source>EC2 instances are billed while they run, even when idle.</source>
            <translation>Las instancias EC2 se facturan mientras se ejecutan, incluso cuando están inactivas.</translation>
        </message>
        <message>
            <source>ECS container hosts are billed while they run, even when idle.</source>
            <translation>Los hosts de contenedores de ECS se facturan mientras se ejecutan, incluso cuando están inactivos.</translation>
        </message>
        <message>
            <source>EKS bills its control plane around the clock, plus the nodes while they run.</source>
            <translation>EKS factura su plano de control de forma ininterrumpida, más los nodos mientras se ejecutan.</translation>
        </message>
        <message>
            <source>No, idle capacity is fine</source>
            <translation>No, la capacidad inactiva no es problema</translation>
        </message>
        <message>
            <source>Always-on instances are fine, and are cheapest per hour of compute.</source>
            <translation>Las instancias siempre encendidas no son problema, y son las más baratas por hora de cómputo.</translation>
        </message>
        <message>
            <source>Always-on container hosts are fine, and are cheapest per hour of compute.</source>
            <translation>Los hosts de contenedores siempre encendidos no son problema, y son los más baratos por hora de cómputo.</translation>
        </message>
        <message>
            <source>An always-on cluster is fine.</source>
            <translation>Un clúster siempre encendido no es problema.</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Operaciones</translation>
        </message>
        <message>
            <source>Managed scaling</source>
            <translation>Escalado gestionado</translation>
        </message>
        <message>
            <source>Who should run the servers?</source>
            <translation>¿Quién debe gestionar los servidores?</translation>
        </message>
        <message>
            <source>Someone has to provision, patch and scale the machines. With EC2 and ECS on EC2 that is you (with Auto Scaling to help). With Fargate and Lambda, AWS does it: provisioning, scaling, high availability and utilisation are managed.</source>
            <translation>Alguien tiene que aprovisionar, parchear y escalar las máquinas. Con EC2 y ECS en EC2, es usted (con la ayuda de Auto Scaling). Con Fargate y Lambda, lo hace AWS: el aprovisionamiento, el escalado, la alta disponibilidad y la utilización están gestionados.</translation>
        </message>
        <message>
            <source>We run and control servers</source>
            <translation>Nosotros gestionamos y controlamos los servidores</translation>
        </message>
        <message>
            <source>EC2 gives you control over provisioning, scaling and managing server capacity.</source>
            <translation>EC2 le da control sobre el aprovisionamiento, el escalado y la gestión de la capacidad de los servidores.</translation>
        </message>
        <message>
            <source>ECS on EC2 is chosen when you want to run the servers, configure the applications and control scaling.</source>
            <translation>ECS en EC2 se elige cuando se quiere gestionar los servidores, configurar las aplicaciones y controlar el escalado.</translation>
        </message>
        <message>
            <source>EKS lets you run and scale your own node groups.</source>
            <translation>EKS le permite gestionar y escalar sus propios grupos de nodos.</translation>
        </message>
        <message>
            <source>Fargate takes server management away from you.</source>
            <translation>Fargate le quita la gestión de servidores.</translation>
        </message>
        <message>
            <source>Lambda takes server management away from you.</source>
            <translation>Lambda le quita la gestión de servidores.</translation>
        </message>
        <message>
            <source>AWS should manage them</source>
            <translation>Que los gestione AWS</translation>
        </message>
        <message>
            <source>Lambda manages provisioning, scaling, high availability and utilisation for you.</source>
            <translation>Lambda gestiona por usted el aprovisionamiento, el escalado, la alta disponibilidad y la utilización.</translation>
        </message>
        <message>
            <source>Fargate runs containers without provisioning, configuring or scaling clusters of virtual machines.</source>
            <translation>Fargate ejecuta contenedores sin aprovisionar, configurar ni escalar clústeres de máquinas virtuales.</translation>
        </message>
        <message>
            <source>EKS manages the control plane, but node groups (unless on Fargate) are still yours.</source>
            <translation>EKS gestiona el plano de control, pero los grupos de nodos (salvo en Fargate) siguen siendo cosa suya.</translation>
        </message>
        <message>
            <source>ECS on EC2 leaves the container hosts for you to provision, patch and scale.</source>
            <translation>ECS en EC2 le deja a usted aprovisionar, parchear y escalar los hosts de contenedores.</translation>
        </message>
        <message>
            <source>EC2 leaves provisioning, patching and scaling of instances to you.</source>
            <translation>EC2 le deja a usted el aprovisionamiento, los parches y el escalado de las instancias.</translation>
        </message>
        <message>
            <source>Access control</source>
            <translation>Control de acceso</translation>
        </message>
        <message>
            <source>Fine-grained access control</source>
            <translation>Control de acceso detallado</translation>
        </message>
        <message>
            <source>Do separate parts of the application need separate permissions?</source>
            <translation>¿Necesitan las distintas partes de la aplicación permisos distintos?</translation>
        </message>
        <message>
            <source>Fine-grained access control gives each part of the application only the permissions it needs. ECS and Fargate give each task its own IAM role; EKS maps IAM roles to Kubernetes service accounts; each Lambda function has its own execution role, and resource policies decide who may invoke it. On EC2, everything on an instance shares one instance profile.</source>
            <translation>El control de acceso detallado da a cada parte de la aplicación solo los permisos que necesita. ECS y Fargate dan a cada tarea su propio rol de IAM; EKS asigna roles de IAM a cuentas de servicio de Kubernetes; cada función Lambda tiene su propio rol de ejecución, y las políticas de recursos deciden quién puede invocarla. En EC2, todo lo que hay en una instancia comparte un único perfil de instancia.</translation>
        </message>
        <message>
            <source>Yes, fine-grained</source>
            <translation>Sí, detallado</translation>
        </message>
        <message>
            <source>ECS is chosen for fine-grained access control: every task gets its own IAM role.</source>
            <translation>ECS se elige para un control de acceso detallado: cada tarea obtiene su propio rol de IAM.</translation>
        </message>
        <message>
            <source>Every Fargate task gets its own IAM role and its own network interface.</source>
            <translation>Cada tarea de Fargate obtiene su propio rol de IAM y su propia interfaz de red.</translation>
        </message>
        <message>
            <source>Every Lambda function has its own execution role, and resource policies control who may invoke it.</source>
            <translation>Cada función Lambda tiene su propio rol de ejecución, y las políticas de recursos controlan quién puede invocarla.</translation>
        </message>
        <message>
            <source>EKS maps IAM roles to Kubernetes service accounts, though it takes more setup.</source>
            <translation>EKS asigna roles de IAM a cuentas de servicio de Kubernetes, aunque requiere más configuración.</translation>
        </message>
        <message>
            <source>Everything on an EC2 instance shares one instance profile.</source>
            <translation>Todo lo que hay en una instancia EC2 comparte un único perfil de instancia.</translation>
        </message>
        <message>
            <source>No, standard is fine</source>
            <translation>No, el estándar es suficiente</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Latencia</translation>
        </message>
        <message>
            <source>Cold starts</source>
            <translation>Arranques en frío</translation>
        </message>
        <message>
            <source>Would occasional extra start-up latency hurt?</source>
            <translation>¿Perjudicaría una latencia de arranque adicional ocasional?</translation>
        </message>
        <message>
            <source>When Lambda has no warm execution environment free, it creates one (a cold start): that adds from under 100 ms to several seconds to that request. Provisioned concurrency keeps environments warm, at a price. Containers and instances that are already running answer at once, but adding one takes a minute or more.</source>
            <translation>Cuando Lambda no tiene libre ningún entorno de ejecución caliente, crea uno (un arranque en frío): eso añade de menos de 100 ms a varios segundos a esa solicitud. La concurrencia aprovisionada mantiene entornos calientes, a cambio de un precio. Los contenedores y las instancias que ya están en ejecución responden de inmediato, pero añadir uno lleva un minuto o más.</translation>
        </message>
        <message>
            <source>Yes, latency-sensitive</source>
            <translation>Sí, sensible a la latencia</translation>
        </message>
        <message>
            <source>Lambda cold starts add 100 ms to seconds to some requests, unless you pay for provisioned concurrency.</source>
            <translation>Los arranques en frío de Lambda añaden de 100 ms a varios segundos a algunas solicitudes, salvo que pague por concurrencia aprovisionada.</translation>
        </message>
        <message>
            <source>Running Fargate tasks are always warm.</source>
            <translation>Las tareas de Fargate en ejecución están siempre calientes.</translation>
        </message>
        <message>
            <source>Running containers are always warm.</source>
            <translation>Los contenedores en ejecución están siempre calientes.</translation>
        </message>
        <message>
            <source>Running instances are always warm.</source>
            <translation>Las instancias en ejecución están siempre calientes.</translation>
        </message>
        <message>
            <source>Running pods are always warm.</source>
            <translation>Los pods en ejecución están siempre calientes.</translation>
        </message>
        <message>
            <source>No, it can wait</source>
            <translation>No, puede esperar</translation>
        </message>
        <message>
            <source>An occasional cold start is acceptable, so Lambda's on-demand environments are fine.</source>
            <translation>Un arranque en frío ocasional es aceptable, así que los entornos bajo demanda de Lambda son adecuados.</translation>
        </message>
        <message>
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Special hardware</source>
            <translation>Hardware especial</translation>
        </message>
        <message>
            <source>Does the work need a GPU?</source>
            <translation>¿Necesita el trabajo una GPU?</translation>
        </message>
        <message>
            <source>Machine learning inference and training, video encoding and rendering may need GPUs. Only EC2 instances provide them (the G and P families), also as container hosts for ECS and as EKS nodes. Neither Lambda nor Fargate offers a GPU.</source>
            <translation>La inferencia y el entrenamiento de aprendizaje automático, la codificación de vídeo y el renderizado pueden necesitar GPU. Solo las instancias EC2 las proporcionan (las familias G y P), también como hosts de contenedores para ECS y como nodos de EKS. Ni Lambda ni Fargate ofrecen GPU.</translation>
        </message>
        <message>
            <source>Yes, a GPU</source>
            <translation>Sí, una GPU</translation>
        </message>
        <message>
            <source>Lambda offers no GPU.</source>
            <translation>Lambda no ofrece GPU.</translation>
        </message>
        <message>
            <source>Fargate offers no GPU; GPU containers need EC2 container hosts.</source>
            <translation>Fargate no ofrece GPU; los contenedores con GPU necesitan hosts de contenedores EC2.</translation>
        </message>
        <message>
            <source>EC2 offers GPU instance families (G and P) with full control of drivers.</source>
            <translation>EC2 ofrece familias de instancias con GPU (G y P) con control total de los controladores.</translation>
        </message>
        <message>
            <source>ECS on EC2 can place containers on GPU instances.</source>
            <translation>ECS en EC2 puede ubicar contenedores en instancias con GPU.</translation>
        </message>
        <message>
            <source>EKS can run pods on GPU node groups.</source>
            <translation>EKS puede ejecutar pods en grupos de nodos con GPU.</translation>
        </message>
        <message>
            <source>No GPU</source>
            <translation>Sin GPU</translation>
        </message>
        <message>
            <source>Work of this length runs here with no limit that matters and no advantage of its own.</source>
            <translation>Un trabajo de esta duración se ejecuta aquí sin ningún límite que importe y sin ventaja propia.</translation>
        </message>
        <message>
            <source>It handles this kind of state no better and no worse than the other options.</source>
            <translation>Gestiona este tipo de estado ni mejor ni peor que las demás opciones.</translation>
        </message>
        <message>
            <source>It serves this load pattern no better and no worse than the other options.</source>
            <translation>Atiende este patrón de carga ni mejor ni peor que las demás opciones.</translation>
        </message>
        <message>
            <source>It gives this much control over the environment no more and no less fitly than the other options.</source>
            <translation>Ofrece este grado de control sobre el entorno ni mejor ni peor que las demás opciones.</translation>
        </message>
        <message>
            <source>Where the application comes from makes no difference to how well it fits.</source>
            <translation>La procedencia de la aplicación no cambia lo bien que encaja.</translation>
        </message>
        <message>
            <source>It works with this choice of orchestrator no better and no worse than the other options.</source>
            <translation>Funciona con esta elección de orquestador ni mejor ni peor que las demás opciones.</translation>
        </message>
        <message>
            <source>It holds this much memory and local disk as well as the other options do.</source>
            <translation>Ofrece esta cantidad de memoria y disco local tan bien como las demás opciones.</translation>
        </message>
        <message>
            <source>How idle capacity is paid for makes no difference to how well it fits.</source>
            <translation>Cómo se paga la capacidad ociosa no cambia lo bien que encaja.</translation>
        </message>
        <message>
            <source>Who runs the servers makes no difference to how well it fits.</source>
            <translation>Quién gestiona los servidores no cambia lo bien que encaja.</translation>
        </message>
        <message>
            <source>It can give each part of the application the permissions this answer asks for, as every option can.</source>
            <translation>Puede dar a cada parte de la aplicación los permisos que pide esta respuesta, como todas las opciones.</translation>
        </message>
        <message>
            <source>Start-up latency of this kind makes no difference to how well it fits.</source>
            <translation>Una latencia de arranque de este tipo no cambia lo bien que encaja.</translation>
        </message>
        <message>
            <source>It runs work that needs no special hardware as well as every other option.</source>
            <translation>Ejecuta trabajo que no necesita hardware especial tan bien como cualquier otra opción.</translation>
        </message>
    </context>
</TS>
