// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// PacketOutboxMetaData contains all meta data concerning the PacketOutbox contract.
var PacketOutboxMetaData = &bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"destChainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"packet\",\"type\":\"bytes\"}],\"name\":\"PacketSent\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"nextSequence\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"destChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"name\":\"send\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080806040523460155761029b908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908163426f22131461005c575063b9a51a8e14610032575f80fd5b34610058575f36600319011261005857602067ffffffffffffffff5f5416604051908152f35b5f80fd5b346100585760803660031901126100585760043560ff8116809103610058576044356001600160a01b0381169260243591849003610058576064359267ffffffffffffffff841161005857366023850112156100585783600401359067ffffffffffffffff8211610058573660248387010111610058575f549567ffffffffffffffff87169067ffffffffffffffff8214610251576101e085857f7dc7b38d42c5af1008570ac6c07ecfec66ba4828ad64651b86cb11cc800fa74b96602460409b6101d39660209e67ffffffffffffffff60018b01169067ffffffffffffffff1916175f558e86019960018b528e8701524660608701523060808701528860a087015267ffffffffffffffff431660c08701525f60e08701525f6101008701525f61012087015267ffffffffffffffff42166101408701528c6101608701526101808601526101a080860152826101c086015201848401375f838284010152601f801991011681010301601f198101865285610265565b8551878101917f308a2ca5b10eb53030acf3ad73c9b44d4e59741df9d4bf570a87b853a558c1eb8352468883015230606083015260808201526080815261021b60a082610265565b5190209485938151928391898352518091818b8501528484015e5f828201840152601f01601f19168101030190a3604051908152f35b634e487b7160e01b5f52601160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761028757604052565b634e487b7160e01b5f52604160045260245ffd",
}

// PacketOutboxABI is the input ABI used to generate the binding from.
// Deprecated: Use PacketOutboxMetaData.ABI instead.
var PacketOutboxABI = PacketOutboxMetaData.ABI

// PacketOutboxBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PacketOutboxMetaData.Bin instead.
var PacketOutboxBin = PacketOutboxMetaData.Bin

// DeployPacketOutbox deploys a new Ethereum contract, binding an instance of PacketOutbox to it.
func DeployPacketOutbox(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *PacketOutbox, error) {
	parsed, err := PacketOutboxMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PacketOutboxBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PacketOutbox{PacketOutboxCaller: PacketOutboxCaller{contract: contract}, PacketOutboxTransactor: PacketOutboxTransactor{contract: contract}, PacketOutboxFilterer: PacketOutboxFilterer{contract: contract}}, nil
}

// PacketOutbox is an auto generated Go binding around an Ethereum contract.
type PacketOutbox struct {
	PacketOutboxCaller     // Read-only binding to the contract
	PacketOutboxTransactor // Write-only binding to the contract
	PacketOutboxFilterer   // Log filterer for contract events
}

// PacketOutboxCaller is an auto generated read-only Go binding around an Ethereum contract.
type PacketOutboxCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PacketOutboxTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PacketOutboxTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PacketOutboxFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PacketOutboxFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PacketOutboxSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PacketOutboxSession struct {
	Contract     *PacketOutbox     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PacketOutboxCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PacketOutboxCallerSession struct {
	Contract *PacketOutboxCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// PacketOutboxTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PacketOutboxTransactorSession struct {
	Contract     *PacketOutboxTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// PacketOutboxRaw is an auto generated low-level Go binding around an Ethereum contract.
type PacketOutboxRaw struct {
	Contract *PacketOutbox // Generic contract binding to access the raw methods on
}

// PacketOutboxCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PacketOutboxCallerRaw struct {
	Contract *PacketOutboxCaller // Generic read-only contract binding to access the raw methods on
}

// PacketOutboxTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PacketOutboxTransactorRaw struct {
	Contract *PacketOutboxTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPacketOutbox creates a new instance of PacketOutbox, bound to a specific deployed contract.
func NewPacketOutbox(address common.Address, backend bind.ContractBackend) (*PacketOutbox, error) {
	contract, err := bindPacketOutbox(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PacketOutbox{PacketOutboxCaller: PacketOutboxCaller{contract: contract}, PacketOutboxTransactor: PacketOutboxTransactor{contract: contract}, PacketOutboxFilterer: PacketOutboxFilterer{contract: contract}}, nil
}

// NewPacketOutboxCaller creates a new read-only instance of PacketOutbox, bound to a specific deployed contract.
func NewPacketOutboxCaller(address common.Address, caller bind.ContractCaller) (*PacketOutboxCaller, error) {
	contract, err := bindPacketOutbox(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PacketOutboxCaller{contract: contract}, nil
}

// NewPacketOutboxTransactor creates a new write-only instance of PacketOutbox, bound to a specific deployed contract.
func NewPacketOutboxTransactor(address common.Address, transactor bind.ContractTransactor) (*PacketOutboxTransactor, error) {
	contract, err := bindPacketOutbox(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PacketOutboxTransactor{contract: contract}, nil
}

// NewPacketOutboxFilterer creates a new log filterer instance of PacketOutbox, bound to a specific deployed contract.
func NewPacketOutboxFilterer(address common.Address, filterer bind.ContractFilterer) (*PacketOutboxFilterer, error) {
	contract, err := bindPacketOutbox(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PacketOutboxFilterer{contract: contract}, nil
}

// bindPacketOutbox binds a generic wrapper to an already deployed contract.
func bindPacketOutbox(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PacketOutboxMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PacketOutbox *PacketOutboxRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PacketOutbox.Contract.PacketOutboxCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PacketOutbox *PacketOutboxRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PacketOutbox.Contract.PacketOutboxTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PacketOutbox *PacketOutboxRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PacketOutbox.Contract.PacketOutboxTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PacketOutbox *PacketOutboxCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PacketOutbox.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PacketOutbox *PacketOutboxTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PacketOutbox.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PacketOutbox *PacketOutboxTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PacketOutbox.Contract.contract.Transact(opts, method, params...)
}

// NextSequence is a free data retrieval call binding the contract method 0xb9a51a8e.
//
// Solidity: function nextSequence() view returns(uint64)
func (_PacketOutbox *PacketOutboxCaller) NextSequence(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _PacketOutbox.contract.Call(opts, &out, "nextSequence")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// NextSequence is a free data retrieval call binding the contract method 0xb9a51a8e.
//
// Solidity: function nextSequence() view returns(uint64)
func (_PacketOutbox *PacketOutboxSession) NextSequence() (uint64, error) {
	return _PacketOutbox.Contract.NextSequence(&_PacketOutbox.CallOpts)
}

// NextSequence is a free data retrieval call binding the contract method 0xb9a51a8e.
//
// Solidity: function nextSequence() view returns(uint64)
func (_PacketOutbox *PacketOutboxCallerSession) NextSequence() (uint64, error) {
	return _PacketOutbox.Contract.NextSequence(&_PacketOutbox.CallOpts)
}

// Send is a paid mutator transaction binding the contract method 0x426f2213.
//
// Solidity: function send(uint8 kind, uint256 destChainId, address receiver, bytes payload) returns(bytes32 id)
func (_PacketOutbox *PacketOutboxTransactor) Send(opts *bind.TransactOpts, kind uint8, destChainId *big.Int, receiver common.Address, payload []byte) (*types.Transaction, error) {
	return _PacketOutbox.contract.Transact(opts, "send", kind, destChainId, receiver, payload)
}

// Send is a paid mutator transaction binding the contract method 0x426f2213.
//
// Solidity: function send(uint8 kind, uint256 destChainId, address receiver, bytes payload) returns(bytes32 id)
func (_PacketOutbox *PacketOutboxSession) Send(kind uint8, destChainId *big.Int, receiver common.Address, payload []byte) (*types.Transaction, error) {
	return _PacketOutbox.Contract.Send(&_PacketOutbox.TransactOpts, kind, destChainId, receiver, payload)
}

// Send is a paid mutator transaction binding the contract method 0x426f2213.
//
// Solidity: function send(uint8 kind, uint256 destChainId, address receiver, bytes payload) returns(bytes32 id)
func (_PacketOutbox *PacketOutboxTransactorSession) Send(kind uint8, destChainId *big.Int, receiver common.Address, payload []byte) (*types.Transaction, error) {
	return _PacketOutbox.Contract.Send(&_PacketOutbox.TransactOpts, kind, destChainId, receiver, payload)
}

// PacketOutboxPacketSentIterator is returned from FilterPacketSent and is used to iterate over the raw logs and unpacked data for PacketSent events raised by the PacketOutbox contract.
type PacketOutboxPacketSentIterator struct {
	Event *PacketOutboxPacketSent // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PacketOutboxPacketSentIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PacketOutboxPacketSent)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PacketOutboxPacketSent)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PacketOutboxPacketSentIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PacketOutboxPacketSentIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PacketOutboxPacketSent represents a PacketSent event raised by the PacketOutbox contract.
type PacketOutboxPacketSent struct {
	Id          [32]byte
	DestChainId *big.Int
	Packet      []byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterPacketSent is a free log retrieval operation binding the contract event 0x7dc7b38d42c5af1008570ac6c07ecfec66ba4828ad64651b86cb11cc800fa74b.
//
// Solidity: event PacketSent(bytes32 indexed id, uint256 indexed destChainId, bytes packet)
func (_PacketOutbox *PacketOutboxFilterer) FilterPacketSent(opts *bind.FilterOpts, id [][32]byte, destChainId []*big.Int) (*PacketOutboxPacketSentIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var destChainIdRule []interface{}
	for _, destChainIdItem := range destChainId {
		destChainIdRule = append(destChainIdRule, destChainIdItem)
	}

	logs, sub, err := _PacketOutbox.contract.FilterLogs(opts, "PacketSent", idRule, destChainIdRule)
	if err != nil {
		return nil, err
	}
	return &PacketOutboxPacketSentIterator{contract: _PacketOutbox.contract, event: "PacketSent", logs: logs, sub: sub}, nil
}

// WatchPacketSent is a free log subscription operation binding the contract event 0x7dc7b38d42c5af1008570ac6c07ecfec66ba4828ad64651b86cb11cc800fa74b.
//
// Solidity: event PacketSent(bytes32 indexed id, uint256 indexed destChainId, bytes packet)
func (_PacketOutbox *PacketOutboxFilterer) WatchPacketSent(opts *bind.WatchOpts, sink chan<- *PacketOutboxPacketSent, id [][32]byte, destChainId []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var destChainIdRule []interface{}
	for _, destChainIdItem := range destChainId {
		destChainIdRule = append(destChainIdRule, destChainIdItem)
	}

	logs, sub, err := _PacketOutbox.contract.WatchLogs(opts, "PacketSent", idRule, destChainIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PacketOutboxPacketSent)
				if err := _PacketOutbox.contract.UnpackLog(event, "PacketSent", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePacketSent is a log parse operation binding the contract event 0x7dc7b38d42c5af1008570ac6c07ecfec66ba4828ad64651b86cb11cc800fa74b.
//
// Solidity: event PacketSent(bytes32 indexed id, uint256 indexed destChainId, bytes packet)
func (_PacketOutbox *PacketOutboxFilterer) ParsePacketSent(log types.Log) (*PacketOutboxPacketSent, error) {
	event := new(PacketOutboxPacketSent)
	if err := _PacketOutbox.contract.UnpackLog(event, "PacketSent", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
