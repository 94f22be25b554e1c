//! Give the fuzz targets an rpath to the libpython the harness was built against (the harness's
//! own build script only covers the harness's binaries), as `harness/build.rs` explains.

fn main() {
    let config = pyo3_build_config::get();
    if let Some(dir) = config.lib_dir() {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
    }
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
}
