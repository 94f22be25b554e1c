//! Build script: make the binary load the libpython it was built against.
//!
//! pyo3 links `libpythonX.Y.so` from the interpreter it finds at build time, but the dynamic
//! loader would otherwise pick whichever `libpythonX.Y.so` comes first on the system path (often
//! a distribution's different patch release). An rpath to the build interpreter's library
//! directory makes the embedded CPython the same one `python3` runs. Trace headers still report
//! the `sys.version` that really ran.

fn main() {
    #[cfg(feature = "embedded-cpython")]
    {
        pyo3_build_config::use_pyo3_cfgs();
        let config = pyo3_build_config::get();
        if let Some(dir) = config.lib_dir() {
            println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
        }
        println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    }
}
