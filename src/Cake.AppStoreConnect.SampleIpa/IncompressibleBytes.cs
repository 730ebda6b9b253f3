using System.Runtime.InteropServices;

namespace Cake.AppStoreConnect.SampleIpa;

/// <summary>
/// Fast, deterministic pseudo-random bytes (xorshift64) for padding test archives: compression gains
/// nothing on them, and the same seed always gives the same file. Not for anything secret.
/// </summary>
internal sealed class IncompressibleBytes
{
    private ulong _state;

    public IncompressibleBytes(ulong seed)
    {
        // Xorshift never leaves the all-zero state, so the seed must not be zero.
        _state = seed | 1;
    }

    public void Fill(Span<byte> buffer)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(buffer);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Next();
        }

        for (var i = words.Length * sizeof(ulong); i < buffer.Length; i++)
        {
            buffer[i] = (byte)Next();
        }
    }

    private ulong Next()
    {
        _state ^= _state << 13;
        _state ^= _state >> 7;
        _state ^= _state << 17;
        return _state;
    }
}
