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

// DepositReceiverMetaData contains all meta data concerning the DepositReceiver contract.
var DepositReceiverMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_inbox\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_rootChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"_stateSender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_rootToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_childToken\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"childToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"packet\",\"type\":\"bytes\"}],\"name\":\"onPacket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rootChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rootToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateSender\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610120346100e257601f61067938819003918201601f19168301916001600160401b038311848410176100e65780849260a0946040528339810103126100e257610048816100fa565b90602081015161005a604083016100fa565b90610073608061006c606086016100fa565b94016100fa565b9360805260a05260c05260e0526101005260405161056a908161010f82396080518181816075015261013e015260a0518181816101a00152610506015260c05181818160bd01526101d6015260e051818181610217015261053b01526101005181818161026e01526104c00152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036100e25756fe6080806040526004361015610012575f80fd5b5f905f3560e01c9081631f2d006514610529575080632f6a1e14146104ef578063ac0007de146104ab578063c30f024b146100ec578063cb10f94c146100a75763fb0e722b14610060575f80fd5b346100a457806003193601126100a4576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346100a457806003193601126100a4576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461033a57604036600319011261033a5760243567ffffffffffffffff811161033a573660238201121561033a5780600401359067ffffffffffffffff821161033a57366024838301011161033a577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610475576102408210158061045c575b1561042d578160401161033a5760016044820135036103f3578160601161033a5760648101357f0000000000000000000000000000000000000000000000000000000000000000036103b9578160801161033a576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660848301359091160361037457816101e01161033a576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166101e48301359091160361033e57816102201161033a576001600160a01b0361022482013516916102401161033a5761024401357f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b1561033a575f80916044604051809481936311f9fbc960e21b83528860048401528760248401525af1801561032f576102fe575b506040519081527f87d4c0b5e30d6808bc8a94ba1c4d839b29d664151551a31753387ee9ef48429b602060043592a380f35b90925067ffffffffffffffff811161031b576040525f915f6102cc565b634e487b7160e01b5f52604160045260245ffd5b6040513d5f823e3d90fd5b5f80fd5b60405162461bcd60e51b815260206004820152600e60248201526d3ab736b0b83832b2103a37b5b2b760911b6044820152606490fd5b60405162461bcd60e51b815260206004820152601860248201527f6e6f742066726f6d2074686520537461746553656e64657200000000000000006044820152606490fd5b60405162461bcd60e51b81526020600482015260126024820152713bb937b7339039b7bab931b29031b430b4b760711b6044820152606490fd5b60405162461bcd60e51b81526020600482015260126024820152713737ba1030b710232a103a3930b739b332b960711b6044820152606490fd5b60405162461bcd60e51b81526020600482015260076024820152661c185e5b1bd85960ca1b6044820152606490fd5b50816101a01161033a576101a06101a482013514610178565b60405162461bcd60e51b815260206004820152600e60248201526d0dedcd8f240e8d0ca40d2dcc4def60931b6044820152606490fd5b3461033a575f36600319011261033a576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461033a575f36600319011261033a5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461033a575f36600319011261033a577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f3",
}

// DepositReceiverABI is the input ABI used to generate the binding from.
// Deprecated: Use DepositReceiverMetaData.ABI instead.
var DepositReceiverABI = DepositReceiverMetaData.ABI

// DepositReceiverBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DepositReceiverMetaData.Bin instead.
var DepositReceiverBin = DepositReceiverMetaData.Bin

// DeployDepositReceiver deploys a new Ethereum contract, binding an instance of DepositReceiver to it.
func DeployDepositReceiver(auth *bind.TransactOpts, backend bind.ContractBackend, _inbox common.Address, _rootChainId *big.Int, _stateSender common.Address, _rootToken common.Address, _childToken common.Address) (common.Address, *types.Transaction, *DepositReceiver, error) {
	parsed, err := DepositReceiverMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DepositReceiverBin), backend, _inbox, _rootChainId, _stateSender, _rootToken, _childToken)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DepositReceiver{DepositReceiverCaller: DepositReceiverCaller{contract: contract}, DepositReceiverTransactor: DepositReceiverTransactor{contract: contract}, DepositReceiverFilterer: DepositReceiverFilterer{contract: contract}}, nil
}

// DepositReceiver is an auto generated Go binding around an Ethereum contract.
type DepositReceiver struct {
	DepositReceiverCaller     // Read-only binding to the contract
	DepositReceiverTransactor // Write-only binding to the contract
	DepositReceiverFilterer   // Log filterer for contract events
}

// DepositReceiverCaller is an auto generated read-only Go binding around an Ethereum contract.
type DepositReceiverCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DepositReceiverTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DepositReceiverTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DepositReceiverFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DepositReceiverFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DepositReceiverSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DepositReceiverSession struct {
	Contract     *DepositReceiver  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DepositReceiverCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DepositReceiverCallerSession struct {
	Contract *DepositReceiverCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// DepositReceiverTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DepositReceiverTransactorSession struct {
	Contract     *DepositReceiverTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// DepositReceiverRaw is an auto generated low-level Go binding around an Ethereum contract.
type DepositReceiverRaw struct {
	Contract *DepositReceiver // Generic contract binding to access the raw methods on
}

// DepositReceiverCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DepositReceiverCallerRaw struct {
	Contract *DepositReceiverCaller // Generic read-only contract binding to access the raw methods on
}

// DepositReceiverTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DepositReceiverTransactorRaw struct {
	Contract *DepositReceiverTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDepositReceiver creates a new instance of DepositReceiver, bound to a specific deployed contract.
func NewDepositReceiver(address common.Address, backend bind.ContractBackend) (*DepositReceiver, error) {
	contract, err := bindDepositReceiver(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DepositReceiver{DepositReceiverCaller: DepositReceiverCaller{contract: contract}, DepositReceiverTransactor: DepositReceiverTransactor{contract: contract}, DepositReceiverFilterer: DepositReceiverFilterer{contract: contract}}, nil
}

// NewDepositReceiverCaller creates a new read-only instance of DepositReceiver, bound to a specific deployed contract.
func NewDepositReceiverCaller(address common.Address, caller bind.ContractCaller) (*DepositReceiverCaller, error) {
	contract, err := bindDepositReceiver(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DepositReceiverCaller{contract: contract}, nil
}

// NewDepositReceiverTransactor creates a new write-only instance of DepositReceiver, bound to a specific deployed contract.
func NewDepositReceiverTransactor(address common.Address, transactor bind.ContractTransactor) (*DepositReceiverTransactor, error) {
	contract, err := bindDepositReceiver(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DepositReceiverTransactor{contract: contract}, nil
}

// NewDepositReceiverFilterer creates a new log filterer instance of DepositReceiver, bound to a specific deployed contract.
func NewDepositReceiverFilterer(address common.Address, filterer bind.ContractFilterer) (*DepositReceiverFilterer, error) {
	contract, err := bindDepositReceiver(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DepositReceiverFilterer{contract: contract}, nil
}

// bindDepositReceiver binds a generic wrapper to an already deployed contract.
func bindDepositReceiver(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DepositReceiverMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DepositReceiver *DepositReceiverRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DepositReceiver.Contract.DepositReceiverCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DepositReceiver *DepositReceiverRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DepositReceiver.Contract.DepositReceiverTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DepositReceiver *DepositReceiverRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DepositReceiver.Contract.DepositReceiverTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DepositReceiver *DepositReceiverCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DepositReceiver.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DepositReceiver *DepositReceiverTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DepositReceiver.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DepositReceiver *DepositReceiverTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DepositReceiver.Contract.contract.Transact(opts, method, params...)
}

// ChildToken is a free data retrieval call binding the contract method 0xac0007de.
//
// Solidity: function childToken() view returns(address)
func (_DepositReceiver *DepositReceiverCaller) ChildToken(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DepositReceiver.contract.Call(opts, &out, "childToken")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ChildToken is a free data retrieval call binding the contract method 0xac0007de.
//
// Solidity: function childToken() view returns(address)
func (_DepositReceiver *DepositReceiverSession) ChildToken() (common.Address, error) {
	return _DepositReceiver.Contract.ChildToken(&_DepositReceiver.CallOpts)
}

// ChildToken is a free data retrieval call binding the contract method 0xac0007de.
//
// Solidity: function childToken() view returns(address)
func (_DepositReceiver *DepositReceiverCallerSession) ChildToken() (common.Address, error) {
	return _DepositReceiver.Contract.ChildToken(&_DepositReceiver.CallOpts)
}

// Inbox is a free data retrieval call binding the contract method 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (_DepositReceiver *DepositReceiverCaller) Inbox(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DepositReceiver.contract.Call(opts, &out, "inbox")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Inbox is a free data retrieval call binding the contract method 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (_DepositReceiver *DepositReceiverSession) Inbox() (common.Address, error) {
	return _DepositReceiver.Contract.Inbox(&_DepositReceiver.CallOpts)
}

// Inbox is a free data retrieval call binding the contract method 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (_DepositReceiver *DepositReceiverCallerSession) Inbox() (common.Address, error) {
	return _DepositReceiver.Contract.Inbox(&_DepositReceiver.CallOpts)
}

// RootChainId is a free data retrieval call binding the contract method 0x2f6a1e14.
//
// Solidity: function rootChainId() view returns(uint256)
func (_DepositReceiver *DepositReceiverCaller) RootChainId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DepositReceiver.contract.Call(opts, &out, "rootChainId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RootChainId is a free data retrieval call binding the contract method 0x2f6a1e14.
//
// Solidity: function rootChainId() view returns(uint256)
func (_DepositReceiver *DepositReceiverSession) RootChainId() (*big.Int, error) {
	return _DepositReceiver.Contract.RootChainId(&_DepositReceiver.CallOpts)
}

// RootChainId is a free data retrieval call binding the contract method 0x2f6a1e14.
//
// Solidity: function rootChainId() view returns(uint256)
func (_DepositReceiver *DepositReceiverCallerSession) RootChainId() (*big.Int, error) {
	return _DepositReceiver.Contract.RootChainId(&_DepositReceiver.CallOpts)
}

// RootToken is a free data retrieval call binding the contract method 0x1f2d0065.
//
// Solidity: function rootToken() view returns(address)
func (_DepositReceiver *DepositReceiverCaller) RootToken(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DepositReceiver.contract.Call(opts, &out, "rootToken")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RootToken is a free data retrieval call binding the contract method 0x1f2d0065.
//
// Solidity: function rootToken() view returns(address)
func (_DepositReceiver *DepositReceiverSession) RootToken() (common.Address, error) {
	return _DepositReceiver.Contract.RootToken(&_DepositReceiver.CallOpts)
}

// RootToken is a free data retrieval call binding the contract method 0x1f2d0065.
//
// Solidity: function rootToken() view returns(address)
func (_DepositReceiver *DepositReceiverCallerSession) RootToken() (common.Address, error) {
	return _DepositReceiver.Contract.RootToken(&_DepositReceiver.CallOpts)
}

// StateSender is a free data retrieval call binding the contract method 0xcb10f94c.
//
// Solidity: function stateSender() view returns(address)
func (_DepositReceiver *DepositReceiverCaller) StateSender(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DepositReceiver.contract.Call(opts, &out, "stateSender")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StateSender is a free data retrieval call binding the contract method 0xcb10f94c.
//
// Solidity: function stateSender() view returns(address)
func (_DepositReceiver *DepositReceiverSession) StateSender() (common.Address, error) {
	return _DepositReceiver.Contract.StateSender(&_DepositReceiver.CallOpts)
}

// StateSender is a free data retrieval call binding the contract method 0xcb10f94c.
//
// Solidity: function stateSender() view returns(address)
func (_DepositReceiver *DepositReceiverCallerSession) StateSender() (common.Address, error) {
	return _DepositReceiver.Contract.StateSender(&_DepositReceiver.CallOpts)
}

// OnPacket is a paid mutator transaction binding the contract method 0xc30f024b.
//
// Solidity: function onPacket(bytes32 id, bytes packet) returns()
func (_DepositReceiver *DepositReceiverTransactor) OnPacket(opts *bind.TransactOpts, id [32]byte, packet []byte) (*types.Transaction, error) {
	return _DepositReceiver.contract.Transact(opts, "onPacket", id, packet)
}

// OnPacket is a paid mutator transaction binding the contract method 0xc30f024b.
//
// Solidity: function onPacket(bytes32 id, bytes packet) returns()
func (_DepositReceiver *DepositReceiverSession) OnPacket(id [32]byte, packet []byte) (*types.Transaction, error) {
	return _DepositReceiver.Contract.OnPacket(&_DepositReceiver.TransactOpts, id, packet)
}

// OnPacket is a paid mutator transaction binding the contract method 0xc30f024b.
//
// Solidity: function onPacket(bytes32 id, bytes packet) returns()
func (_DepositReceiver *DepositReceiverTransactorSession) OnPacket(id [32]byte, packet []byte) (*types.Transaction, error) {
	return _DepositReceiver.Contract.OnPacket(&_DepositReceiver.TransactOpts, id, packet)
}

// DepositReceiverDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the DepositReceiver contract.
type DepositReceiverDepositedIterator struct {
	Event *DepositReceiverDeposited // Event containing the contract specifics and raw log

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
func (it *DepositReceiverDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DepositReceiverDeposited)
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
		it.Event = new(DepositReceiverDeposited)
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
func (it *DepositReceiverDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DepositReceiverDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DepositReceiverDeposited represents a Deposited event raised by the DepositReceiver contract.
type DepositReceiverDeposited struct {
	Id     [32]byte
	User   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x87d4c0b5e30d6808bc8a94ba1c4d839b29d664151551a31753387ee9ef48429b.
//
// Solidity: event Deposited(bytes32 indexed id, address indexed user, uint256 amount)
func (_DepositReceiver *DepositReceiverFilterer) FilterDeposited(opts *bind.FilterOpts, id [][32]byte, user []common.Address) (*DepositReceiverDepositedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _DepositReceiver.contract.FilterLogs(opts, "Deposited", idRule, userRule)
	if err != nil {
		return nil, err
	}
	return &DepositReceiverDepositedIterator{contract: _DepositReceiver.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x87d4c0b5e30d6808bc8a94ba1c4d839b29d664151551a31753387ee9ef48429b.
//
// Solidity: event Deposited(bytes32 indexed id, address indexed user, uint256 amount)
func (_DepositReceiver *DepositReceiverFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *DepositReceiverDeposited, id [][32]byte, user []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _DepositReceiver.contract.WatchLogs(opts, "Deposited", idRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DepositReceiverDeposited)
				if err := _DepositReceiver.contract.UnpackLog(event, "Deposited", log); err != nil {
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

// ParseDeposited is a log parse operation binding the contract event 0x87d4c0b5e30d6808bc8a94ba1c4d839b29d664151551a31753387ee9ef48429b.
//
// Solidity: event Deposited(bytes32 indexed id, address indexed user, uint256 amount)
func (_DepositReceiver *DepositReceiverFilterer) ParseDeposited(log types.Log) (*DepositReceiverDeposited, error) {
	event := new(DepositReceiverDeposited)
	if err := _DepositReceiver.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
