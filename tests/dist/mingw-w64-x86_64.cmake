# CMake toolchain file: build for 64-bit Windows with Debian's mingw-w64 (the
# programs then run under Wine). tests/dist/run.sh configures the kit's
# consumer with it:
#   cmake -DCMAKE_TOOLCHAIN_FILE=tests/dist/mingw-w64-x86_64.cmake -DCMAKE_PREFIX_PATH=<kit> ...
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

# Libraries and headers come from the mingw-w64 sysroot, programs from the
# build machine; packages from CMAKE_PREFIX_PATH as given (the unpacked kit) or the sysroot.
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
