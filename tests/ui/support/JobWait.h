// Waiting in a UI test for a job of the JobRunner to end, with its queued signals
// delivered, so that the panel has seen the result before the test looks.
#pragma once

#include "jobs/JobHandle.h"

#include <QCoreApplication>
#include <QSignalSpy>

// False when job is null or has not finished within timeoutMs.
inline bool waitForJob(JobHandle* job, int timeoutMs = 120000)
{
    if (!job)
        return false;
    if (!job->isFinished()) {
        QSignalSpy finished(job, &JobHandle::finished);
        if (!finished.wait(timeoutMs))
            return false;
    }
    QCoreApplication::processEvents();
    return true;
}
