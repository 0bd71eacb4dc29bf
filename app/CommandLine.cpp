#include "CommandLine.h"

#include "core/Error.h"

CommandLine::CommandLine(const std::vector<std::string>& arguments,
                         const std::set<std::string>& valueOptions, const std::set<std::string>& flags)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string name = arguments[i];
        if (name.rfind("--", 0) != 0)
            throw lengua::Error("unexpected argument '" + name + "' (options start with --)");
        name = name.substr(2);
        std::string value;
        const auto equals = name.find('=');
        const bool inlineValue = equals != std::string::npos;
        if (inlineValue) {
            value = name.substr(equals + 1);
            name = name.substr(0, equals);
        }
        if (flags.count(name)) {
            if (inlineValue)
                throw lengua::Error("--" + name + " takes no value");
            m_flags.insert(name);
        } else if (valueOptions.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    throw lengua::Error("--" + name + " needs a value");
                value = arguments[++i];
            }
            m_values[name] = value;
        } else {
            throw lengua::Error("unknown option --" + name);
        }
    }
}

bool CommandLine::has(const std::string& name) const
{
    return m_flags.count(name) || m_values.count(name);
}

std::string CommandLine::value(const std::string& name, const std::string& fallback) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? fallback : it->second;
}

std::string CommandLine::required(const std::string& name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty())
        throw lengua::Error("--" + name + " is required");
    return it->second;
}
