# SPDX-License-Identifier: MIT
# The generator and the JSON Schema must accept and refuse the same catalogs, so that an editor
# validating against the schema and the build agree. Every generator test case is given to both:
#   cmake -DGENERATOR=wa-errors-gen -DAJV=ajv -DSCHEMA=errors.schema.json -DCASES=<dir>
#         -DCATALOG=errors.json -DOUT=<scratch file> -P check_schema_agrees.cmake
# Cases named beyond_schema_*.json break a rule that JSON Schema can't state (between entries,
# or between two numbers of one entry): the generator must refuse them, the schema may accept.
file(GLOB cases ${CASES}/*.json)
list(APPEND cases ${CATALOG})
# ajv starts slowly, so it is given every case at once; it stops at a file that is not JSON,
# which is then refused and the rest given again.
set(unchecked ${cases})
while(unchecked)
    set(arguments "")
    foreach(case IN LISTS unchecked)
        list(APPEND arguments -d ${case})
    endforeach()
    execute_process(COMMAND ${AJV} validate --spec=draft2020 -s ${SCHEMA} ${arguments} OUTPUT_VARIABLE out
                    ERROR_VARIABLE err)
    set(still "")
    foreach(case IN LISTS unchecked)
        string(REGEX REPLACE "([][+.*()^$?|\\])" "\\\1" pattern "${case}")
        if("${out}${err}" MATCHES "(^|\n)${pattern} valid")
            set(schema_${case} 0)
        elseif("${out}${err}" MATCHES "(^|\n)${pattern} invalid|error: +${pattern}:")
            set(schema_${case} 1)
        else()
            list(APPEND still ${case})
        endif()
    endforeach()
    if("${still}" STREQUAL "${unchecked}")
        message(FATAL_ERROR "ajv reported none of the catalogs:\n${out}${err}")
    endif()
    set(unchecked ${still})
endwhile()

set(disagreements "")
foreach(case IN LISTS cases)
    execute_process(COMMAND ${GENERATOR} ${case} ${OUT} RESULT_VARIABLE generator_status OUTPUT_QUIET
                    ERROR_VARIABLE generator_says)
    set(schema_status ${schema_${case}})
    get_filename_component(name ${case} NAME)
    if(name MATCHES "^beyond_schema_")
        if(generator_status EQUAL 0)
            string(APPEND disagreements "${name}: the generator accepts a case that must break a rule\n")
        endif()
    elseif(generator_status EQUAL 0 AND NOT schema_status EQUAL 0)
        string(APPEND disagreements "${name}: the generator accepts it, the schema refuses it\n")
    elseif(NOT generator_status EQUAL 0 AND schema_status EQUAL 0)
        string(APPEND disagreements "${name}: the schema accepts it, the generator refuses it: ${generator_says}\n")
    endif()
endforeach()
list(LENGTH cases count)
if(disagreements)
    message(FATAL_ERROR "the generator and data/errors.schema.json disagree:\n${disagreements}")
endif()
message(STATUS "the generator and the schema agree on ${count} catalogs")
