<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArchscopeFormat</name>
    <message>
        <source>required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coordinate must lie within ±%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of trigger, write, failure, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;2023&quot; or &quot;legacy&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not an Archscope file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has format version %1, written by a newer Archscope; this version reads up to version %2. Update Archscope to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Drag to wire %1 to…&lt;/b&gt;&lt;br/&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What can trigger %1&lt;/b&gt;&lt;br/&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>a number %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of [time, rate] pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each point needs a time of at least 0 and a rate %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2..%3%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>  archscope validate FILE          print the diagram&apos;s problems; exit 1 if any is an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  archscope [FILE]                 open the editor (on FILE if given)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  archscope --help                 show this help
  archscope --version              show the version

Editor options:
  --screenshot PNG                 save a picture of the window and quit
  --theme light|dark               colour scheme for this run
  --select ID                      select a node (for screenshots)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: archscope validate FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ends of a wire must be services on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change wire kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnText</name>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices (us-east-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 %2</source>
        <comment>price unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiring in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiring out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a service or a wire on the canvas to edit it and to learn what it does, what it costs and what it can be wired to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With nothing selected, the inspector edits the diagram&apos;s title and the simulation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a single service or wire to edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Image thumbnails (S3 → Lambda → S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API (API Gateway → Lambda → DynamoDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clickstream (Kinesis → Lambda → OpenSearch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan-out (SNS → Lambdas, SQS → ECS workers, DLQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift-and-shift web app (ALB → EC2 Auto Scaling)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemChecker</name>
    <message>
        <source>/settings/horizonS: the simulated horizon must lie between 1 hour and 31 days (3600..2678400 s), not %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/settings/stepS: the step must lie between 1 s and 1 hour, not %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/settings/accountConcurrency: an account has at least 100 concurrent executions, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing triggers this %2; wire an event source to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is invoked asynchronously but has no failure destination: events that fail all retries are dropped after up to 6 hours. Wire it to an SQS queue or SNS topic as an on-failure route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a failure destination but nothing invokes it asynchronously, so the destination never receives events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: provisioned concurrency (%2) cannot exceed reserved concurrency (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the mean duration (%2 ms) is longer than the timeout (%3 s), so most invocations would time out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire %1 (%2) repeats another wire between the same services; each event would be delivered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved concurrency adds up to %1 of the account&apos;s %2, leaving %3 unreserved; AWS keeps at least 100 for functions without a reservation. Lower a reservation or raise the account limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesCsv</name>
    <message>
        <source>Line %1: expected two columns, the time in seconds and the rate in events per second, separated by a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the time “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the rate “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the time must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the rate must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: times must increase from line to line (%2 s follows %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a series holds at most %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no data: expected lines of “time,rate”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wiring</name>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>async</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous push: the caller waits for the response. When the target is out of capacity the caller gets an error at once (HTTP 429 for Lambda).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous push: the event is handed over and queued; the source does not wait. Lambda retries failed events twice and keeps them up to 6 hours, then drops them or sends them to a failure destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream poll: the consumer polls each shard in order. Concurrency is at most shards × parallelization factor; a slow consumer builds a backlog and the iterator age grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue poll: consumers poll the queue in batches and scale on its depth. Messages wait in the queue instead of being refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: the compute puts data into this service, which may in turn trigger more compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure: asynchronous events that still fail after their retries are sent here (a dead-letter queue or on-failure destination) instead of being lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WiringRules</name>
    <message>
        <source>Unknown service kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service cannot be wired to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wire from %1 to %2 can only be a %3 wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invokes the function synchronously and waits for its response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwards HTTP requests to the service (an HTTP integration; API Gateway reaches private services through a VPC link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill invokes the function synchronously for each request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alexa skills call a Lambda function: wire the skill to Lambda and call %1 from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object events invoke the function asynchronously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 event notifications reach only Lambda, SNS, SQS and EventBridge: route through SNS, SQS or EventBridge to reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each message is pushed asynchronously to the function; every subscriber gets its own copy (fan-out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are pushed to the service through an HTTP/S subscription; every subscriber gets its own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching events (or the schedule) invoke the function asynchronously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventBridge cannot target an EC2 Auto Scaling group: send the events to an SQS queue the instances poll, or to Lambda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching events start a task (ECS RunTask) or call the service&apos;s HTTP endpoint (an API destination).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Config rule invokes the function asynchronously to evaluate a resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config rules invoke only Lambda: route Config&apos;s change events through EventBridge or SNS into an SQS queue, or use Lambda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IoT rule invokes the function asynchronously. (Older notes list IoT as a synchronous source; the Lambda documentation lists it as asynchronous.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT rules cannot call %1 directly: route the rule to an SQS queue or a Kinesis stream and consume that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda polls each shard and invokes the function with batches of records, in order per shard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer application polls the shards (KCL or enhanced fan-out); one worker per shard keeps order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB Streams triggers only Lambda: use a Lambda function, or stream the table into Kinesis and consume that from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s stream is off: enable the table&apos;s stream (Stream enabled, in the inspector) to trigger the function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda polls the table&apos;s stream shards and invokes the function with batches of item changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda&apos;s pollers receive batches of messages and invoke the function; failed messages return to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers poll the queue and scale on its depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSearch is a destination, not an event source: wire compute to it to write data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot deliver events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 sends object event notifications here asynchronously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue subscribes to the topic: each message is copied into it (fan-out with buffering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching events are delivered to this target asynchronously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Config publishes configuration and compliance changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IoT rule action delivers matching messages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinesis Data Streams for DynamoDB copies every item change into the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct AWS service integration: the API calls the service itself, with no function in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSearch is a destination, not an event source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load balancer forwards only to targets: Lambda functions, or the instances and tasks of EC2, ECS and EKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue is polled by its consumers: wire it to Lambda or to a worker service (ECS, EKS, EC2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream is read by consumers: wire it to Lambda or to a consumer service, and write to %1 from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alexa skills call a Lambda function: wire the skill to Lambda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot deliver events to %2: put compute in between, or route through SNS, SQS or EventBridge where they allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute does not call compute directly on this canvas: put a queue, a topic, EventBridge or an API between them so the call has a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an event source, not a destination compute can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute writes data here, which may trigger more compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Lambda function can send failed asynchronous events to a failure destination, and only to an SQS queue or SNS topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous events that still fail after their retries are sent here instead of being dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wire from compute is a write or a failure route, not a trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ✗ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ✓ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archscope::DiagramScene</name>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archscope::DiagramView</name>
    <message>
        <source>Architecture canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and the wires between them. Drag from a service&apos;s right-hand port to wire it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archscope::FileController</name>
    <message>
        <source>Archscope diagrams (*.archscope);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram was not saved; the file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagram as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard every change since “%1” was last saved?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archscope::InspectorWidget</name>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write (put data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure (dead-letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wire</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wires</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explains the selected service or wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagram is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown on the canvas and in exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stable id used in the file and by exports; it never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service kind is unknown to this version of Archscope; its settings are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocation model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the wire does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the wire is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pair allows more than one kind of wire: a write puts data, an on-failure route receives failed asynchronous events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 selected</source>
        <comment>services and wires</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archscope::MainWindow</name>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Archscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Archscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Archscope %1&lt;/h3&gt;&lt;p&gt;Choose AWS compute and sketch event-driven architectures.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Prices are us-east-1 list prices; see each service&apos;s Learn text for their date and source.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Archscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archscope::PaletteWidget</name>
    <message>
        <source>Search services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the services by name or description. Press Down to move into the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a service onto the canvas, or press Enter to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archscope::ProblemsWidget</name>
    <message>
        <source>Problem summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings in the diagram. Press Enter to select the item concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>errors, warnings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archscope::PropertyEditors</name>
    <message numerus="yes">
        <source>%n point</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads lines of “time in seconds,events per second”; a header line is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a traffic series (more than %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Traffic Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import Series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archscope::SettingsForm</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the title block of exports and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices and limits are the us-east-1 list prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much time the simulation covers: 1 hour to 31 days (744 h). 720 h is 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated time between two samples: 1 s to 1 hour. Smaller steps show short bursts and cold starts; larger steps simulate long horizons faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random traffic (Poisson noise) is the same for the same seed: change it to see another sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the monthly free tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtract the monthly free tier (for Lambda: 1 million requests and 400,000 GB-seconds) from the cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent Lambda executions allowed in the Region: 1,000 by default, raised on request. Functions without reserved concurrency share what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2023 (per function)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy (per account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast Lambda adds execution environments. Since November 2023 each function adds up to 1,000 every 10 seconds; before, an account had a burst of 500 to 3,000, then 500 more per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda sc&amp;aling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>archscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).
Run it on a desktop, or under a virtual display: xvfb-run -a archscope [FILE]
Headless commands work anywhere: archscope --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose AWS compute and sketch event-driven architectures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme: light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the node with this id (for screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
