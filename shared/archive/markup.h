// Stray markup left by scrapers: formatting tags ("<br>", "<p>", "</span>")
// and HTML character references ("&nbsp;", "&#39;", "&eacute;").
//
// Only formatting tags are removed. Anything else that looks like a tag
// ("<script>" quoted in an article about web security) is the story's text
// and stays; the page escapes it when it shows it.
#pragma once

#include <string>
#include <string_view>

namespace kiosque::archive {

std::string remove_stray_markup(std::string_view text);

}  // namespace kiosque::archive
