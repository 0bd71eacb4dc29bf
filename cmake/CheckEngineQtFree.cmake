# Fails when a file under ENGINE_DIR includes a Qt header (the engine has no Qt).
file(GLOB_RECURSE files "${ENGINE_DIR}/*.h" "${ENGINE_DIR}/*.cpp")
foreach(f IN LISTS files)
    file(STRINGS "${f}" hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](Q[A-Za-z]|qt)")
    if(hits)
        message(FATAL_ERROR "engine/ must not include Qt: ${f}: ${hits}")
    endif()
endforeach()
