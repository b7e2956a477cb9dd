# Writes the newest release of CHANGELOG.md as a Debian changelog entry (what the package's
# /usr/share/doc/<package>/changelog.gz holds): its paragraph and bullets as "  * " items,
# wrapped at 78 columns. Variables: package, maintainer, date (RFC 5322, from date -R).
function flush(text,    words, n, i, line, prefix) {
    if (text == "")
        return
    gsub(/`/, "", text)
    n = split(text, words, " ")
    prefix = "  * "
    line = ""
    for (i = 1; i <= n; i++) {
        if (line != "" && length(prefix line " " words[i]) > 78) {
            print prefix line
            prefix = "    "
            line = words[i]
        } else {
            line = (line == "" ? words[i] : line " " words[i])
        }
    }
    if (line != "")
        print prefix line
}
/^## \[/ {
    if (seen)
        exit
    seen = 1
    version = $0
    sub(/^## \[/, "", version)
    sub(/\].*/, "", version)
    printf "%s (%s) unstable; urgency=medium\n\n", package, version
    next
}
!seen { next }
/^- / { flush(item); item = substr($0, 3); next }
/^[[:space:]]*$/ { flush(item); item = ""; next }
{ item = (item == "" ? $0 : item " " $0) }
END {
    flush(item)
    printf "\n -- %s  %s\n", maintainer, date
}
