using System.Buffers;

namespace MockInterviewBot.Scoring.Text;

/// <summary>A growable list over pooled arrays; <see cref="Dispose"/> returns the array to the pool.</summary>
internal sealed class PooledList<T> : IDisposable
    where T : struct
{
    private T[] _items;

    public PooledList(int capacity)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(4, capacity));
    }

    public int Count { get; private set; }

    public Span<T> Span => _items.AsSpan(0, Count);

    public ref T this[int index] => ref _items[index];

    public void Add(in T item)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, bigger, Count);
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = bigger;
        }

        _items[Count++] = item;
    }

    public void Clear() => Count = 0;

    public void Truncate(int count) => Count = Math.Min(Count, count);

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = [];
            Count = 0;
        }
    }
}
