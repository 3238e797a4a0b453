// The sandbox's DynamoDB: dynalite on 127.0.0.1 only (its own CLI listens on every interface unless --host is given).
//   node launch.js --port PORT [--path DIR] [--owner PID]
// --path keeps tables and items in a LevelDB folder (in memory without it). --owner PID ends this process as soon as
// that process is gone, however it ended (kill -9 included): the JVM that started the sandbox owns it.
'use strict'
const path = require('path')
const fs = require('fs')

const HOST = '127.0.0.1'
let args
try {
  args = require('util').parseArgs({ options: { port: { type: 'string' }, path: { type: 'string' }, owner: { type: 'string' } } }).values
} catch (e) {
  console.error('launch.js: ' + e.message + '; usage: node launch.js --port PORT [--path DIR] [--owner PID]')
  process.exit(2)
}
const port = Number(args.port)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('launch.js: --port must be a port number, not ' + JSON.stringify(args.port))
  process.exit(2)
}

if (Number(process.versions.node.split('.')[0]) < 20) {
  console.error('warning: dynalite 4 declares Node.js 20 or later; this is Node.js ' + process.versions.node)
}

// The sandbox's sessions are in us-east-1; a region in the caller's environment must not leak into table ARNs.
process.env.AWS_REGION = 'us-east-1'
delete process.env.AWS_DEFAULT_REGION

const modules = path.join(__dirname, 'target', 'node', 'node_modules')
let dynalite
try {
  dynalite = require(path.join(modules, 'dynalite'))
} catch (e) {
  console.error('dynalite is not installed in ' + modules + ' (mvn -pl sandbox/dynamodb generate-resources runs npm ci): ' + e.message)
  process.exit(3)
}

let watchOwner = () => {}
if (args.owner !== undefined) {
  const owner = Number(args.owner)
  // The owner's start time, from /proc: a pid reused by another process after the owner ended is not the owner.
  const startTime = (pid) => {
    try {
      const stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // after "pid (comm) ": state is field 3
      return fields[0] === 'Z' ? null : fields[19] // a zombie has ended; field 22 is the start time
    } catch (e) {
      return e.code === 'ENOENT' ? null : undefined // undefined: no /proc here
    }
  }
  const alive = (pid) => {
    try {
      process.kill(pid, 0)
      return true
    } catch (e) {
      return e.code === 'EPERM'
    }
  }
  const started = startTime(owner)
  const ownerGone = () => {
    if (started === undefined) return !alive(owner)
    const now = startTime(owner)
    return now === null || now !== started
  }
  if (!Number.isInteger(owner) || owner < 1 || started === null || ownerGone()) {
    console.error('dynalite: owner ' + args.owner + ' is not a running process; not starting')
    process.exit(0)
  }
  watchOwner = () => setInterval(() => { if (ownerGone()) stop('owner ' + owner + ' ended') }, 250)
}

// Tables are ACTIVE at once, as in DynamoDB Local: with dynalite's default (500 ms CREATING), the SDK's table_exists
// waiter would see CREATING first and sleep its 20 s delay.
const server = dynalite({ path: args.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
server.on('error', (e) => {
  console.error('dynalite cannot listen on ' + HOST + ':' + port + ': ' + e.message)
  process.exit(1)
})
server.listen(port, HOST, () => console.log('dynalite ' + require(path.join(modules, 'dynalite', 'package.json')).version
  + ' listening at http://' + HOST + ':' + server.address().port + (args.path ? ' (LevelDB in ' + args.path + ')' : ' (in memory)')))

let stopping = false
function stop (why) {
  if (stopping) return
  stopping = true
  console.log('dynalite stopping: ' + why)
  setTimeout(() => process.exit(0), 2000).unref() // a graceful close must not hold up the stop
  server.close(() => process.exit(0))
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
watchOwner()
