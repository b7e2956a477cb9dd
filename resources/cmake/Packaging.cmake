# Pantau as Debian packages (scripts/package; README, "Installing"): CPack's DEB generator over
# the install() rules, two components in two packages. "pantau" is the program and everything a
# wall, desk or site collector needs; "pantau-kiosk" is the kiosk's X session, apart because it
# changes how the machine's X server behaves. The version is project()'s, and the newest entry
# of CHANGELOG.md must be that version: it becomes the AppStream release and the Debian
# changelog.

include(GNUInstallDirs)
# cpack (and cmake --install) install what was built, and build nothing themselves: a tree that
# also builds the tests or pantau-bench must not build all of it to make a package.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(PANTAU_MAINTAINER "Tim Pantau <pantau@blitarkab.go.id>"
    CACHE STRING "The packages' Maintainer field")
set(pantau_app_id id.go.blitarkab.Pantau)
set(pantau_generated ${CMAKE_BINARY_DIR}/generated/package)
file(MAKE_DIRECTORY ${pantau_generated})

# --- The newest release of CHANGELOG.md ---------------------------------------------------------
# Read whole and split by hand: a CMake list would cut every line at a ';' of its text.
file(READ ${PROJECT_SOURCE_DIR}/CHANGELOG.md changelog_text)
string(REPLACE ";" "@SEMICOLON@" changelog_text "${changelog_text}")
string(REPLACE "\n" ";" changelog_lines "${changelog_text}")
set(release_version "")
set(release_date "")
set(release_paragraph "")
set(release_items "")
set(in_release FALSE)
foreach(line IN LISTS changelog_lines)
    if(line MATCHES "^## \\[([^]]+)\\] - ([0-9]+-[0-9]+-[0-9]+)")
        if(in_release)
            break()
        endif()
        set(in_release TRUE)
        set(release_version ${CMAKE_MATCH_1})
        set(release_date ${CMAKE_MATCH_2})
    elseif(in_release AND line MATCHES "^- (.*)")
        list(APPEND release_items "${CMAKE_MATCH_1}")
    elseif(in_release AND NOT line STREQUAL "" AND release_items STREQUAL "")
        string(APPEND release_paragraph " ${line}")
    endif()
endforeach()
if(NOT release_version STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "CHANGELOG.md's newest entry is \"${release_version}\", but project() "
                        "says ${PROJECT_VERSION}: add an entry \"## [${PROJECT_VERSION}] - "
                        "YYYY-MM-DD\" on top (it becomes the AppStream release).")
endif()
# pantau_xml_text(OUT TEXT): TEXT as XML character data, code spans as plain words.
function(pantau_xml_text out text)
    string(REPLACE "@SEMICOLON@" ";" text "${text}")
    string(REPLACE "&" "&amp;" text "${text}")
    string(REPLACE "<" "&lt;" text "${text}")
    string(REPLACE ">" "&gt;" text "${text}")
    string(REPLACE "`" "" text "${text}")
    string(STRIP "${text}" text)
    set(${out} "${text}" PARENT_SCOPE)
endfunction()
pantau_xml_text(paragraph "${release_paragraph}")
set(PANTAU_RELEASE_DESCRIPTION "<p>${paragraph}</p><ul>")
foreach(item IN LISTS release_items)
    pantau_xml_text(text "${item}")
    string(APPEND PANTAU_RELEASE_DESCRIPTION "<li>${text}</li>")
endforeach()
string(APPEND PANTAU_RELEASE_DESCRIPTION "</ul>")
set(PANTAU_RELEASE_VERSION ${release_version})
set(PANTAU_RELEASE_DATE ${release_date})
configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/${pantau_app_id}.metainfo.xml.in
               ${pantau_generated}/${pantau_app_id}.metainfo.xml @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md)

# --- Files made at build time: compressed man pages and changelogs, the collector's config ------
# Debian ships man pages and changelogs gzip-compressed, without a time stamp (-n), so that two
# builds of one source give the same package.
set(package_outputs "")
foreach(page pantau pantau-sim)
    configure_file(${PROJECT_SOURCE_DIR}/resources/man/${page}.1.in ${pantau_generated}/${page}.1
                   @ONLY)
    add_custom_command(OUTPUT ${pantau_generated}/${page}.1.gz
                       COMMAND gzip -9nkf ${pantau_generated}/${page}.1
                       DEPENDS ${pantau_generated}/${page}.1
                       COMMENT "Compressing the man page ${page}(1)")
    list(APPEND package_outputs ${pantau_generated}/${page}.1.gz)
endforeach()
execute_process(COMMAND date -R -u -d ${release_date}
                OUTPUT_VARIABLE changelog_date OUTPUT_STRIP_TRAILING_WHITESPACE)
foreach(package pantau pantau-kiosk)
    set(dir ${pantau_generated}/${package})
    file(MAKE_DIRECTORY ${dir})
    add_custom_command(
        OUTPUT ${dir}/changelog.gz
        COMMAND awk -v package=${package} -v "maintainer=${PANTAU_MAINTAINER}"
                -v "date=${changelog_date}" -f
                ${PROJECT_SOURCE_DIR}/resources/cmake/debian-changelog.awk
                ${PROJECT_SOURCE_DIR}/CHANGELOG.md > ${dir}/changelog
        COMMAND gzip -9nf ${dir}/changelog
        DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md
                ${PROJECT_SOURCE_DIR}/resources/cmake/debian-changelog.awk
        COMMENT "Writing the Debian changelog of ${package}"
        VERBATIM)
    list(APPEND package_outputs ${dir}/changelog.gz)
endforeach()
# The collector's config as the package ships it (a conffile): the built-in demo published as
# the site "demo" to a broker on this machine, so that systemctl enable --now pantau-collector
# works at once beside Debian's mosquitto (which, unconfigured, takes local clients only).
# The demo's text with the site inserted after its version, so that it reads as the demo does.
file(READ ${PROJECT_SOURCE_DIR}/resources/demo.json demo_json)
string(REGEX REPLACE "^{\n  \"version\": 1,\n"
       "{\n  \"version\": 1,\n  \"site\": {\"broker\": \"mqtt://127.0.0.1:1883\", \"id\": \"demo\"},\n"
       site_json "${demo_json}")
if(site_json STREQUAL demo_json)
    message(FATAL_ERROR "resources/demo.json no longer starts with {\"version\": 1, ...: "
                        "resources/cmake/Packaging.cmake cannot give it the site")
endif()
file(WRITE ${pantau_generated}/site.json "${site_json}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${PROJECT_SOURCE_DIR}/resources/demo.json)
add_custom_target(pantau_package_files ALL DEPENDS ${package_outputs})

# --- What each package installs -----------------------------------------------------------------
set(doc ${CMAKE_INSTALL_DATADIR}/doc)
install(FILES ${pantau_generated}/pantau.1.gz ${pantau_generated}/pantau-sim.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT pantau)
install(FILES resources/example.json DESTINATION ${CMAKE_INSTALL_DATADIR}/pantau
        COMPONENT pantau)
install(FILES resources/desktop/${pantau_app_id}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT pantau)
install(FILES ${pantau_generated}/${pantau_app_id}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT pantau)
install(FILES resources/icons/${pantau_app_id}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT pantau)
install(FILES resources/icons/${pantau_app_id}-128.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/128x128/apps
        RENAME ${pantau_app_id}.png COMPONENT pantau)
# Relative to the prefix: /usr/lib/systemd in the package, /usr/local/lib/systemd (which systemd
# reads as well) from a plain cmake --install.
install(FILES resources/autostart/pantau.service DESTINATION lib/systemd/user COMPONENT pantau)
install(FILES resources/systemd/pantau-collector.service DESTINATION lib/systemd/system
        COMPONENT pantau)
install(FILES ${pantau_generated}/site.json DESTINATION /etc/pantau COMPONENT pantau)
install(FILES CHANGELOG.md resources/debian/copyright ${pantau_generated}/pantau/changelog.gz
        DESTINATION ${doc}/pantau COMPONENT pantau)
install(FILES resources/kiosk/pantau-kiosk.default DESTINATION /etc/default
        RENAME pantau-kiosk COMPONENT kiosk)
install(FILES resources/debian/copyright ${pantau_generated}/pantau-kiosk/changelog.gz
        DESTINATION ${doc}/pantau-kiosk COMPONENT kiosk)
install(FILES resources/debian/kiosk/pantau-kiosk.lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME pantau-kiosk COMPONENT kiosk)

# --- The packages -------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pantau)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${PANTAU_MAINTAINER}")
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL pantau kiosk)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PANTAU_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://blitarkab.go.id/")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

set(CPACK_DEBIAN_PANTAU_PACKAGE_NAME pantau)
set(CPACK_DEBIAN_PANTAU_PACKAGE_SECTION x11)
# Libraries from dpkg-shlibdeps; what it cannot see, the plugins Qt loads at run time: the
# platforms (xcb for a real wall; offscreen, for --snapshot, is in libqt6gui6) and the SVG image
# format (libqt6svg6; GIF, ICO and JPEG are in libqt6gui6), and the alarm journal's SQLite driver
# (libqt6sql6-sqlite). adduser makes the collector's user.
set(CPACK_DEBIAN_PANTAU_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PANTAU_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_PANTAU_PACKAGE_RECOMMENDS "mosquitto-clients")
set(CPACK_DEBIAN_PANTAU_PACKAGE_SUGGESTS "mosquitto, pulseaudio | pipewire-pulse")
set(CPACK_COMPONENT_PANTAU_DESCRIPTION
    "command-center video wall of Kabupaten Blitar
Pantau polls the regency agencies' open-data feeds (JSON, CSV, CKAN, the BPS
Web API, NGSI-v2) and shows their indicators as large tiles on every monitor
of a command center's video wall, never an old number as current. It has a
control desk for supervisors, a public kiosk mode, a headless site collector
that shares one poll of each feed with every wall PC over an MQTT broker, and
a feed simulator (pantau-sim). The interface speaks Indonesian first.")
set(CPACK_DEBIAN_PANTAU_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/resources/debian/postinst;${PROJECT_SOURCE_DIR}/resources/debian/prerm;${PROJECT_SOURCE_DIR}/resources/debian/postrm;${PROJECT_SOURCE_DIR}/resources/debian/conffiles")

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME pantau-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_KIOSK_PACKAGE_ARCHITECTURE all)
# xset keeps the screens on; the X server's own settings come from the Xorg snippet.
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "pantau (= ${PROJECT_VERSION}), x11-xserver-utils")
set(CPACK_COMPONENT_KIOSK_DESCRIPTION
    "public kiosk session for Pantau
An X session that runs Pantau's kiosk mode alone, with no desktop around it,
restarts it if it ever exits without the PIN, and an Xorg snippet that turns
off console switching, the server's kill chord, blanking and power saving.
Installing it changes how this machine's X server behaves.")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/resources/debian/kiosk/conffiles")

include(CPack)
