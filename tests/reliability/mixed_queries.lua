-- wrk script for load_test: each request is one of these /api/search
-- queries, in turn (per thread), mixing words, phrases, prefixes, OR,
-- exclusions, entity and date filters, sorting, paging and facet limits.
local paths = {
  "/api/search?q=macron",
  "/api/search?q=%22gilets%20jaunes%22",
  "/api/search?q=gr%C3%A8ve&sort=date",
  "/api/search?lang=fr&from=2019&to=2019-06",
  "/api/search?q=europe&page=3",
  "/api/search?q=n%C3%A9goci*",
  "/api/search?q=paris%20-france",
  "/api/search?q=covid%20OR%20coronavirus&facet_limit=50",
  "/api/search?q=gouvernement&person=Emmanuel%20Macron",
  "/api/search?q=police%20manifestation&op=and&size=20",
  "/api/search?q=%C3%A9lection%20pr%C3%A9sidentielle&collapse=false",
  "/api/search?q=la",
  "/api/search?q=ukraine%20russie&sort=date&page=2",
  "/api/search?q=date%3A2018%20incendie",
  "/api/facet/person?q=sant%C3%A9&prefix=ma",
}
local i = 0

setup = function(thread)
  thread:set("offset", math.random(#paths))
end

request = function()
  i = i + 1
  local path = paths[(i + (offset or 0)) % #paths + 1]
  return wrk.format("GET", path)
end
