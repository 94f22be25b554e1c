// `python -c CODE` for Pyodide under node: stdin, stdout and stderr are the process's fds 0-2,
// read and written synchronously, so a line protocol over pipes works.
import { loadPyodide } from "pyodide";
import fs from "node:fs";

const args = process.argv.slice(2);
const at = args.indexOf("-c");
if (at < 0 || at + 1 >= args.length) {
  process.stderr.write("usage: pyodide-python -c CODE\n");
  process.exit(2);
}
const code = args[at + 1];
const py = await loadPyodide();
py.setStdin({
  read(buffer) {
    try {
      return fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (e) {
      if (e.code === "EAGAIN") return this.read(buffer);
      if (e.code === "EOF") return 0;
      throw e;
    }
  },
});
const writer = (fd) => ({ write(buffer) { return fs.writeSync(fd, buffer); } });
py.setStdout(writer(1));
py.setStderr(writer(2));
try {
  py.runPython(code);
} catch (e) {
  process.stderr.write(String(e) + "\n");
  process.exit(1);
}
