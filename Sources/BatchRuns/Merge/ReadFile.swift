import Foundation

/// Reads the file at `path` into `buffer` (grown when too small, else
/// reused: no new memory per file); the file's length, or nil when it
/// cannot be read.
func readFile(_ path: String, into buffer: inout [UInt8]) -> Int? {
  let fd = open(path, O_RDONLY)
  guard fd >= 0 else { return nil }
  defer { close(fd) }
  var info = stat()
  guard fstat(fd, &info) == 0 else { return nil }
  var capacity = max(Int(info.st_size) + 1, 4096)
  if buffer.count < capacity { buffer = [UInt8](repeating: 0, count: capacity) }
  var length = 0
  while true {
    if length == buffer.count {  // the file grew since fstat
      capacity = buffer.count * 2
      buffer += [UInt8](repeating: 0, count: capacity - buffer.count)
    }
    let got = buffer.withUnsafeMutableBytes { raw in
      read(fd, raw.baseAddress.map { $0 + length }, raw.count - length)
    }
    if got < 0 {
      if errno == EINTR { continue }
      return nil
    }
    if got == 0 { return length }
    length += got
  }
}
