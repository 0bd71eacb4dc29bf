// A minimal parser for `lengua-cli <command> --option value --flag` lines: no Qt,
// so the command line starts fast and runs wherever the engine does.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

class CommandLine {
public:
    // valueOptions take a value ("--input PATH"); flags do not ("--lowercase").
    CommandLine(const std::vector<std::string>& arguments, const std::set<std::string>& valueOptions,
                const std::set<std::string>& flags);

    bool has(const std::string& name) const;
    std::string value(const std::string& name, const std::string& fallback = {}) const;
    // Throws lengua::Error when the option is missing.
    std::string required(const std::string& name) const;

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
};
