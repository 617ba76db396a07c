// Preloaded into the demo server (scripts/start.sh): it ends when the process that ran
// `npm start` ends. npm stopped by its PID does not pass the signal on to its child, which would
// otherwise keep serving the port after npm is gone. start.sh names that process in NK_PARENT_PID.
const parent = Number(process.env.NK_PARENT_PID);
const alive = () => {
  try {
    process.kill(parent, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
if (parent > 1) {
  if (!alive()) process.exit(0);
  setInterval(() => alive() || process.exit(0), 500).unref();
}
